package jp.medsec.certification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jp.medsec.account.CurrentAccount;
import jp.medsec.account.Role;

import java.util.List;
import java.util.Optional;

/** A holder's own certifications: always those of the signed-in account's holder, never of an id sent by a client. */
@Stateless
@RolesAllowed(Role.HOLDER_NAME)
public class MyCertifications {

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private HolderRepository holders;

    public Optional<Holder> me() {
        return currentAccount.caller()
                .map(CurrentAccount.Caller::holderId)
                .flatMap(holders::find)
                .map(h -> {
                    h.getCertifications().forEach(Certification::getStatus); // loaded before the transaction ends
                    return h;
                });
    }

    public List<Certification> certifications() {
        return me().map(h -> List.copyOf(h.getCertifications())).orElse(List.of());
    }
}
