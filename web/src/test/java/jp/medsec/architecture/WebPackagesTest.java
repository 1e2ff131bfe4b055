package jp.medsec.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The web module's beans go by subject (CONVENTIONS.md "Views"): {@code web.certification}, {@code web.audit}…, REST
 * below each subject ({@code web.certification.rest}); what every page or resource shares sits in infrastructure
 * packages ({@code web.api}, {@code web.faces}, {@code web.i18n}, {@code web.security}…) that know no subject.
 */
class WebPackagesTest {

    private static JavaClasses web;

    @BeforeAll
    static void importWeb() {
        web = new ClassFileImporter().importPath(Path.of("target", "classes"));
    }

    @Test
    void webPackagesAreFreeOfCycles() {
        slices().matching("jp.medsec.web.(**)").should().beFreeOfCycles().check(web);
    }

    @Test
    void restResourcesLiveBelowTheirSubject() {
        classes().that().areAnnotatedWith("jakarta.ws.rs.Path")
                .should().resideInAnyPackage("jp.medsec.web.*.rest", "jp.medsec.web.health")
                .because("a resource belongs to its subject; web.api holds only what every resource shares")
                .check(web);
    }
}
