package jp.medsec.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The arrows between the modules (CONVENTIONS.md): web → ejb → core → domain, batch → core → domain; never ejb → batch
 * or web → batch (a job is started by name, not imported); the domain knows no container. Demo data (demo → core →
 * domain) is beside the product, not in it: nothing of the product refers to it, so the production EAR can leave it out.
 * Read from each module's compiled classes, since packages go by subject across modules.
 */
class ModuleRulesTest {

    private static JavaClasses domain;
    private static JavaClasses core;
    private static JavaClasses ejb;
    private static JavaClasses batch;
    private static JavaClasses demo;
    private static JavaClasses web;

    @BeforeAll
    static void importModules() {
        domain = classesOf("domain");
        core = classesOf("core");
        ejb = classesOf("ejb");
        batch = classesOf("batch");
        demo = classesOf("demo");
        web = new ClassFileImporter().importPath(Path.of("target", "classes"));
    }

    private static JavaClasses classesOf(String module) {
        Path classes = Path.of("..", module, "target", "classes");
        assertTrue(Files.isDirectory(classes), "module " + module + " is built before web: " + classes.toAbsolutePath());
        return new ClassFileImporter().importPath(classes);
    }

    private static DescribedPredicate<JavaClass> in(String module, JavaClasses classes) {
        Set<String> names = classes.stream().map(JavaClass::getName).collect(Collectors.toSet());
        return DescribedPredicate.describe("classes of the " + module + " module", c -> names.contains(c.getName()));
    }

    @Test
    void theDomainKnowsNoContainer() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.ejb..", "jakarta.enterprise..",
                        "jakarta.inject..", "jakarta.annotation.security..", "jakarta.ws.rs..", "jakarta.faces..",
                        "jakarta.servlet..", "jakarta.batch..", "javax.naming..")
                .orShould().beAnnotatedWith("jakarta.persistence.PersistenceContext")
                .because("the domain holds entities, value objects, rules and repository interfaces only")
                .check(domain);
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.PersistenceContext")
                .check(domain);
    }

    @Test
    void theDomainDependsOnNoOtherModule() {
        noClasses().should().dependOnClassesThat(in("core", core).or(in("ejb", ejb)).or(in("batch", batch))
                        .or(in("demo", demo)).or(in("web", web)))
                .check(domain);
    }

    @Test
    void coreDependsOnlyOnTheDomain() {
        noClasses().should().dependOnClassesThat(in("ejb", ejb).or(in("batch", batch)).or(in("demo", demo))
                        .or(in("web", web)))
                .because("the core library sits below both the EJB module and the jobs")
                .check(core);
        noClasses().should().beAnnotatedWith("jakarta.ejb.Stateless").orShould().beAnnotatedWith("jakarta.ejb.Singleton")
                .because("a lib/ jar's EJB annotations are not deployed: core holds CDI beans")
                .check(core);
    }

    @Test
    void neitherServicesNorPagesImportAJob() {
        noClasses().should().dependOnClassesThat(in("batch", batch)).because("a job is started by name, not imported")
                .check(ejb);
        noClasses().should().dependOnClassesThat(in("batch", batch)).check(web);
        noClasses().should().dependOnClassesThat(in("web", web)).check(ejb);
    }

    @Test
    void jobsSeeNoEjbModuleClass() {
        noClasses().should().dependOnClassesThat(in("ejb", ejb).or(in("web", web)))
                .because("a lib/ jar cannot see the EJB module's classes at run time")
                .check(batch);
    }

    @Test
    void theProductKnowsNoDemoData() {
        for (JavaClasses product : new JavaClasses[] {domain, core, ejb, batch, web}) {
            noClasses().should().dependOnClassesThat(in("demo", demo).or(
                            DescribedPredicate.describe("jp.medsec.demo", c -> c.getPackageName().startsWith("jp.medsec.demo"))))
                    .orShould().resideInAPackage("jp.medsec.demo..")
                    .because("the production EAR is built without the demo jar (-Dmedsec.demo=false)")
                    .check(product);
        }
    }

    @Test
    void demoDataSitsOnCoreAndTheDomainOnly() {
        noClasses().should().dependOnClassesThat(in("ejb", ejb).or(in("batch", batch)).or(in("web", web)))
                .because("the demo jar is a lib/ jar beside core: it cannot see the EJB module, and writes through JDBC")
                .check(demo);
        noClasses().should().beAnnotatedWith("jakarta.ejb.Stateless").orShould().beAnnotatedWith("jakarta.ejb.Singleton")
                .orShould().beAnnotatedWith("jakarta.ejb.Startup")
                .because("a lib/ jar's EJB annotations are not deployed: the start-up loader is a CDI observer")
                .check(demo);
    }

    /**
     * Packages go by subject across modules, so the subjects are read from every module's classes together; a subject
     * includes its subpackages ({@code certification.documents}, {@code certification.points}). Web's own packages are
     * one slice here: nothing below depends on web (see the rules above).
     */
    @Test
    void noPackageCycles() {
        JavaClasses all = new ClassFileImporter().importPaths(Path.of("..", "domain", "target", "classes"),
                Path.of("..", "core", "target", "classes"), Path.of("..", "ejb", "target", "classes"),
                Path.of("..", "batch", "target", "classes"), Path.of("..", "demo", "target", "classes"),
                Path.of("target", "classes"));
        slices().matching("jp.medsec.(*)..").should().beFreeOfCycles()
                .because("each shared concept has one home below the subjects that use it")
                .check(all);
    }
}
