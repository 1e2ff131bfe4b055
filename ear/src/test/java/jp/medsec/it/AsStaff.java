package jp.medsec.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/** Runs test code as association staff, the way a signed-in staff member's request reaches the services. */
@Stateless
@RunAs("STAFF")
@PermitAll
public class AsStaff {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
