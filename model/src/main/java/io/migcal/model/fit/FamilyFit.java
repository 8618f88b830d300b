package io.migcal.model.fit;

/**
 * One family's result on the data: the fitted model and its statistics, or the reason it could not
 * be identified (then {@code model} and {@code statistics} are null). Both cross-validations are kept.
 */
public record FamilyFit(
        ModelFamily family, FittedModel model, FitStatistics statistics, CvResult randomCv, CvResult groupedCv,
        String notIdentifiableReason) {

    public boolean identifiable() {
        return model != null;
    }
}
