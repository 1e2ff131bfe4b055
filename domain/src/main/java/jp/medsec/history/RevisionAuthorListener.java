package jp.medsec.history;

import jakarta.ejb.EJBContext;
import org.hibernate.envers.RevisionListener;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.security.Principal;

/**
 * Stamps each revision with the caller. Every change goes through an EJB, whose context knows the caller; work
 * without one (batch steps, start-up) is recorded as {@value #SYSTEM}.
 */
public class RevisionAuthorListener implements RevisionListener {

    public static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        ((Revision) revisionEntity).setChangedBy(currentCaller());
    }

    static String currentCaller() {
        try {
            EJBContext context = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
            Principal principal = context.getCallerPrincipal();
            String name = principal == null ? null : principal.getName();
            return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
        } catch (NamingException | RuntimeException e) {
            return SYSTEM;
        }
    }
}
