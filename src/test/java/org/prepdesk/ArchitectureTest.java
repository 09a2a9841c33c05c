package org.prepdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of DESIGN §2: model ← store ← history ← search ← review/outline ← ui/cli. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.prepdesk");
    }

    @Test
    void modelKnowsNothingElse() {
        noClasses().that().resideInAPackage("org.prepdesk.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.prepdesk.store..", "org.prepdesk.history..",
                        "org.prepdesk.search..",
                        "org.prepdesk.review..", "org.prepdesk.outline..", "org.prepdesk.ui..", "org.prepdesk.cli..",
                        "java.io..", "java.nio..", "javax.swing..", "java.awt..", "org.apache.lucene..",
                        "com.fasterxml..")
                .check(classes);
    }

    @Test
    void storeDependsOnlyOnModel() {
        noClasses().that().resideInAPackage("org.prepdesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.prepdesk.history..", "org.prepdesk.search..",
                        "org.prepdesk.review..", "org.prepdesk.outline..", "org.prepdesk.ui..", "org.prepdesk.cli..",
                        "javax.swing..", "java.awt..", "org.apache.lucene..", "org.eclipse.jgit..")
                .check(classes);
    }

    @Test
    void historyIsJustAboveTheStoreAndBelowEverythingElse() {
        noClasses().that().resideInAPackage("org.prepdesk.history..")
                .should().dependOnClassesThat().resideInAnyPackage("org.prepdesk.search..", "org.prepdesk.review..",
                        "org.prepdesk.outline..", "org.prepdesk.ui..", "org.prepdesk.cli..", "javax.swing..",
                        "java.awt..", "org.apache.lucene..")
                .check(classes);
    }

    @Test
    void searchIsBelowTheUseCases() {
        noClasses().that().resideInAPackage("org.prepdesk.search..")
                .should().dependOnClassesThat().resideInAnyPackage("org.prepdesk.review..", "org.prepdesk.outline..",
                        "org.prepdesk.ui..", "org.prepdesk.cli..", "javax.swing..", "java.awt..")
                .check(classes);
    }

    @Test
    void useCasesKnowNeitherFace() {
        noClasses().that().resideInAnyPackage("org.prepdesk.review..", "org.prepdesk.outline..")
                .should().dependOnClassesThat().resideInAnyPackage("org.prepdesk.ui..", "org.prepdesk.cli..",
                        "javax.swing..")
                .check(classes);
    }

    @Test
    void facesDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("org.prepdesk.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.prepdesk.cli..").check(classes);
        noClasses().that().resideInAPackage("org.prepdesk.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.prepdesk.ui..").check(classes);
    }

    @Test
    void onlyTheUiTouchesSwingOrItsLibraries() {
        noClasses().that().resideOutsideOfPackage("org.prepdesk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "com.formdev..", "org.fife..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLinePrints() {
        noClasses().that().resideOutsideOfPackages("org.prepdesk.cli..")
                .and().doNotHaveFullyQualifiedName("org.prepdesk.PrepDesk")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(classes);
    }

    @Test
    void theLayersHaveNoCycles() {
        slices().matching("org.prepdesk.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noPackageIsInACycle() {
        // every package its own slice: ui, ui.actions and ui.review must not reach back into each other
        slices().matching("org.prepdesk.(**)").should().beFreeOfCycles().check(classes);
    }
}
