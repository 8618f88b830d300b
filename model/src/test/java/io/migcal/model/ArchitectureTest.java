package io.migcal.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of the model module (docs/architecture.md), checked on the main classes. */
@AnalyzeClasses(packages = "io.migcal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelNeverUsesTheHarness = noClasses().that().resideInAPackage("io.migcal.model..")
            .should().dependOnClassesThat().resideInAPackage("io.migcal.harness..")
            .because("the model is usable without any network code; the harness depends on it, not the other way");

    @ArchTest
    static final ArchRule policiesSeeOnlyTheirViewOfTheCluster = classes().that()
            .resideInAPackage("io.migcal.model.sim.policy..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.migcal.model.sim.policy..", "io.migcal.model",
                    "java..")
            .because("a policy decides from ClusterView alone; the engine's mutable state stays the engine's");

    @ArchTest
    static final ArchRule theModelHasNoNetworkCode = noClasses().that().resideInAPackage("io.migcal.model..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..", "okhttp3..",
                    "com.jcraft..", "org.apache.sshd..")
            .because("fitting and simulating run anywhere, offline");
}
