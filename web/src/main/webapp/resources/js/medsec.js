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
