package jp.medsec.history;

import jakarta.ejb.EJBContext;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.security.Principal;

/** The caller of the EJB whose transaction makes the change (or the person a job works for, {@link ActingFor}). */
public class EjbCaller implements CallerSource {

    @Override
    public String currentCallerName() {
        String actingFor = ActingFor.current();
        if (actingFor != null) {
            return actingFor;
        }
        try {
            EJBContext context = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
            Principal principal = context.getCallerPrincipal();
            return principal == null ? null : principal.getName();
        } catch (NamingException | RuntimeException e) {
            return null;
        }
    }
}
