package io.migcal.harness;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.migcal.harness.delay.DelayController;
import io.migcal.harness.guest.GuestLoad;
import io.migcal.harness.migrate.Hypervisor;
import io.migcal.harness.ssh.RemoteShell;
import io.migcal.harness.sweep.LabConnector;

/**
 * The harness's boundaries (docs/architecture.md), checked on the main classes. Changing one is
 * allowed: change the rule in the same commit and say why.
 */
@AnalyzeClasses(packages = "io.migcal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String LAB = "io.migcal.harness.lab..";
    private static final String[] CLIENT = {"io.migcal.harness.pve..", "io.migcal.harness.ssh..",
        "io.migcal.harness.sweep..", "io.migcal.harness.qemu..", "io.migcal.harness.delay..",
        "io.migcal.harness.guest..", "io.migcal.harness.migrate..", "io.migcal.harness.cli..",
        "io.migcal.harness.reproduce.."};

    @ArchTest
    static final ArchRule theVirtualLabUsesNothingOfTheClient = noClasses().that().resideInAPackage(LAB)
            .should().dependOnClassesThat().resideInAnyPackage(CLIENT)
            .because("the fake speaks the protocols on its own, so the client's tests against it check the client;"
                    + " it may write the client's config shape (harness.config) and share the clock (harness.time)");

    @ArchTest
    static final ArchRule onlyTheCommandsUseTheVirtualLab = noClasses().that().resideOutsideOfPackages(LAB,
            "io.migcal.harness.cli..", "io.migcal.harness.reproduce..")
            .should().dependOnClassesThat().resideInAPackage(LAB)
            .because("the client drives a lab only through its protocols; lab serve and reproduce start one");

    @ArchTest
    static final ArchRule onlyTheVirtualLabUsesMinaSshd = noClasses().that().resideOutsideOfPackage(LAB)
            .should().dependOnClassesThat().resideInAPackage("org.apache.sshd..")
            .because("the client speaks SSH through JSch; MINA is the fake's server");

    @ArchTest
    static final ArchRule onlyTheSshPackageUsesJsch = noClasses().that().resideOutsideOfPackage("io.migcal.harness.ssh..")
            .should().dependOnClassesThat().resideInAPackage("com.jcraft..")
            .because("everything else runs commands through RemoteShell");

    @ArchTest
    static final ArchRule onlyTheCommandLineUsesPicocli = noClasses().that().resideOutsideOfPackage("io.migcal.harness.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("the command line is one layer; what it calls works without it");

    @ArchTest
    static final ArchRule onlyTheCommandLineChoosesTheLab = noClasses().that().resideOutsideOfPackage("io.migcal.harness.cli..")
            .should().callConstructorWhere(constructorOf(implementationsOf(LabConnector.class)))
            .orShould().callMethod(io.migcal.harness.lab.VirtualLab.class, "start", io.migcal.harness.lab.VirtualLabSettings.class)
            .because("cli is the composition root: it picks the lab's connector (QMP, Proxmox, the virtual lab) and"
                    + " hands it to what runs the sweep");

    @ArchTest
    static final ArchRule onlyConnectorsBuildDrivers = noClasses().that()
            .resideOutsideOfPackages("io.migcal.harness.sweep.connect..")
            .should().callConstructorWhere(constructorOf(implementationsOf(Hypervisor.class, DelayController.class,
                    GuestLoad.class, RemoteShell.class)).and(fromAnotherPackage()))
            .because("a connector, chosen by cli, turns a config into drivers; the sweep only sees the seams");

    private static DescribedPredicate<JavaClass> implementationsOf(Class<?>... seams) {
        return DescribedPredicate.describe("implementations of the seams", c -> {
            if (c.isInterface()) {
                return false;
            }
            for (Class<?> seam : seams) {
                if (c.isAssignableTo(seam)) {
                    return true;
                }
            }
            return false;
        });
    }

    private static DescribedPredicate<com.tngtech.archunit.core.domain.JavaConstructorCall> constructorOf(
            DescribedPredicate<JavaClass> owners) {
        return DescribedPredicate.describe("a constructor of " + owners.getDescription(),
                call -> owners.test(call.getTargetOwner()));
    }

    private static DescribedPredicate<com.tngtech.archunit.core.domain.JavaConstructorCall> fromAnotherPackage() {
        return DescribedPredicate.describe("called from another package",
                call -> !call.getOriginOwner().getPackageName().equals(call.getTargetOwner().getPackageName()));
    }
}
