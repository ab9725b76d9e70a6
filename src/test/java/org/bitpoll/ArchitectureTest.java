package org.bitpoll;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The structure as a test: features ({@code org.bitpoll.<feature>}) depend on each other without cycles and never
 * reach into another feature's web layer, the platform knows no feature, and domain packages stay plain Java
 * (no Faces, EJB, CDI scopes, {@code EntityManager} or PrimeFaces), so their rules are unit-tested with
 * {@code new}.
 */
@AnalyzeClasses(packages = "org.bitpoll", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {
        "org.bitpoll.poll..",
        "org.bitpoll.vote..",
        "org.bitpoll.account..",
        "org.bitpoll.profile..",
        "org.bitpoll.admin..",
        "org.bitpoll.group..",
        "org.bitpoll.cleanup..",
        "org.bitpoll.comment..",
        "org.bitpoll.watch..",
        "org.bitpoll.invitation.."
    };

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            slices().matching("org.bitpoll.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule thePlatformImportsNoFeature = noClasses()
            .that()
            .resideInAPackage("org.bitpoll.platform..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule pollImportsNothingOfVote = noClasses()
            .that()
            .resideInAPackage("org.bitpoll.poll..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.bitpoll.vote..");

    @ArchTest
    static final ArchRule voteUsesOnlyThePollDomain = noClasses()
            .that()
            .resideInAPackage("org.bitpoll.vote..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.bitpoll.poll.web..", "org.bitpoll.poll.application..");

    /** The management command's program runs outside the server: the application never calls it. */
    @ArchTest
    static final ArchRule theApplicationDoesNotUseTheManagementCommand = noClasses()
            .that()
            .resideOutsideOfPackage("org.bitpoll.manage..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.bitpoll.manage..");

    @ArchTest
    static final ArchRule domainPackagesArePlainJava = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.faces..", "jakarta.ejb..", "org.primefaces..", "jakarta.servlet..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould()
            .dependOnClassesThat()
            .areAnnotatedWith(jakarta.enterprise.context.NormalScope.class)
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.enterprise.context..");
}
