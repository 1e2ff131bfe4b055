package jp.medsec.web.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * Faces requests of one session run one after the other. A person with several tabs, or a double click, otherwise
 * has two requests in one session at once: Faces keeps a bounded number of views per session (and their view-scoped
 * beans), so a burst of new views evicts, and destroys the beans of, a view whose request is still rendering, and two
 * postbacks of one view would change one bean together. Requests of different sessions, static resources and the API
 * (which has no session) are not held up. A request waits at most {@value #WAIT_SECONDS} seconds for the one before.
 */
@WebFilter(filterName = "oneRequestPerSession", urlPatterns = "*.xhtml")
@WebListener
public class OneRequestPerSession extends HttpFilter implements HttpSessionListener, HttpSessionIdListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OneRequestPerSession.class.getName());
    static final int WAIT_SECONDS = 60;

    /** One lock per live session, by session id; shared by the filter and listener instances the container makes. */
    private static final Map<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session == null || request.getRequestURI().contains("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        ReentrantLock lock = LOCKS.computeIfAbsent(session.getId(), id -> new ReentrantLock(true));
        boolean locked = false;
        try {
            locked = lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
            if (!locked) {
                LOG.warning("A request of one session waited " + WAIT_SECONDS + " s for the one before it and goes on");
            }
            chain.doFilter(request, response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } finally {
            if (locked) {
                lock.unlock();
            }
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        LOCKS.remove(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        ReentrantLock lock = LOCKS.remove(oldSessionId);
        if (lock != null) {
            LOCKS.put(event.getSession().getId(), lock);
        }
    }
}
