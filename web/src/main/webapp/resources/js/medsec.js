/*
 * MedSec Registry: feedback where the eye is. After an AJAX update, a message box that the update has just drawn
 * (a refusal, a warning, a confirmation) is scrolled into view if it landed out of sight. Boxes drawn before are left
 * alone, so that a page that polls (the jobs page) never pulls the reader back up.
 */
(function () {
    var seen = typeof WeakSet === 'function' ? new WeakSet() : null;

    function remember() {
        if (!seen) {
            return;
        }
        document.querySelectorAll('.ui-messages > div, .ui-message').forEach(function (box) {
            seen.add(box);
        });
    }

    function reveal() {
        var boxes = document.querySelectorAll('.ui-messages > div, .ui-message-error');
        for (var i = 0; i < boxes.length; i++) {
            var box = boxes[i];
            if ((seen && seen.has(box)) || box.getBoundingClientRect().height === 0) {
                continue;
            }
            var r = box.getBoundingClientRect();
            if (r.top < 0 || r.bottom > window.innerHeight) {
                box.scrollIntoView({block: 'center'});
            }
            break;
        }
        remember();
    }

    document.addEventListener('DOMContentLoaded', remember);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', function () {
            window.setTimeout(reveal, 0);
        });
    }
})();

/*
 * The menu marks where the reader is: the link of the page shown, or of the list a record page belongs to (the
 * breadcrumbs name it), so that the section menu says "you are here".
 */
(function () {
    'use strict';

    function mark() {
        var here = window.location.pathname;
        var crumbs = document.querySelectorAll('.ms-crumbs a');
        var listed = crumbs.length ? new URL(crumbs[crumbs.length - 1].href, window.location.href).pathname : null;
        var links = document.querySelectorAll('#mainMenu a');
        var found = null;
        for (var i = 0; i < links.length; i++) {
            var path = new URL(links[i].href, window.location.href).pathname;
            if (path === here) {
                found = links[i];
                break;
            }
            if (!found && listed && path === listed) {
                found = links[i];
            }
        }
        if (found) {
            found.classList.add('ms-current');
            found.setAttribute('aria-current', 'page');
        }
    }

    document.addEventListener('DOMContentLoaded', mark);
})();
