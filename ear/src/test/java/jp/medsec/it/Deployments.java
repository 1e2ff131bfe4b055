package jp.medsec.it;

import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.util.Map;

/**
 * The deployments the integration tests use: the real EAR as built (black-box tests), or a WAR holding the EAR's
 * libraries and EJB module plus the test classes (in-container tests of services against the real database).
 */
public final class Deployments {

    private Deployments() {
    }

    public static File earFile() {
        File ear = new File(System.getProperty("medsec.ear", "target/medsec.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("The EAR is not built: " + ear.getAbsolutePath());
        }
        return ear;
    }

    /** The application exactly as it ships. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile());
    }

    /** A WAR with the persistence unit, the services and the given test classes, run as the security domain medsec. */
    public static WebArchive services(String name, Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war");
        for (Map.Entry<ArchivePath, Node> entry : ear.getContent().entrySet()) {
            String path = entry.getKey().get();
            if (entry.getValue().getAsset() == null) {
                continue;
            }
            if (path.startsWith("/lib/") && path.endsWith(".jar")) {
                war.addAsLibrary(entry.getValue().getAsset(), path.substring("/lib/".length()));
            } else if (path.equals("/medsec-ejb.jar")) {
                war.addAsLibrary(entry.getValue().getAsset(), "medsec-ejb.jar");
                // The EJB module's descriptor (its application exceptions) does not apply from a WAR library: the WAR
                // carries it itself, so that refusals cross the boundary in these tests as they do in the EAR.
                JavaArchive ejb = ShrinkWrap.create(org.jboss.shrinkwrap.api.importer.ZipImporter.class, "ejb.jar")
                        .importFrom(entry.getValue().getAsset().openStream()).as(JavaArchive.class);
                Node descriptor = ejb.get("/META-INF/ejb-jar.xml");
                if (descriptor != null) {
                    war.addAsWebInfResource(descriptor.getAsset(), "ejb-jar.xml");
                }
            }
        }
        war.addClasses(testClasses);
        war.addClass(Deployments.class);
        war.addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" "
                + "bean-discovery-mode=\"all\" version=\"4.0\"/>"), "beans.xml");
        war.addAsWebInfResource(new StringAsset("<jboss-web><security-domain>medsec</security-domain></jboss-web>"),
                "jboss-web.xml");
        return war;
    }

    /** A jar of test helper classes, for deployments that need them beside the tests. */
    public static JavaArchive helpers(Class<?>... classes) {
        return ShrinkWrap.create(JavaArchive.class, "helpers.jar").addClasses(classes);
    }
}
