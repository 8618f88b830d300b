package io.migcal.harness.pve;

import io.migcal.model.BadInputException;

/** A migration setting the lab's hypervisor version or login cannot take: bad input, said in one line. */
public final class UnsupportedSettingException extends BadInputException {
    public UnsupportedSettingException(String oneLineMessage) {
        super(oneLineMessage);
    }
}
