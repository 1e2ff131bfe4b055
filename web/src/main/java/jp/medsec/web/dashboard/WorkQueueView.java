package jp.medsec.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.account.Role;
import jp.medsec.dashboard.StaffWorkQueue;
import jp.medsec.shared.JapaneseDates;

/**
 * Staff's work queue: the counts on the dashboard, each opening its list, and the menu's badges. Asked once per
 * request, and only of staff.
 */
@Named
@RequestScoped
public class WorkQueueView {

    @Inject
    private StaffWorkQueue queue;

    private StaffWorkQueue.Menu menu;
    private StaffWorkQueue.Queue whole;

    /** The menu's badges; null for anyone but staff. */
    public StaffWorkQueue.Menu getMenu() {
        if (menu == null && isStaff()) {
            menu = whole != null ? whole.menu() : queue.menu();
        }
        return menu;
    }

    public StaffWorkQueue.Queue getQueue() {
        if (whole == null) {
            whole = queue.queue(JapaneseDates.today());
        }
        return whole;
    }

    private static boolean isStaff() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.STAFF_NAME);
    }
}
