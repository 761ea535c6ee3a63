// Waits for a push decision or a phone activation without polling the page: one long poll at a time against
// /realms/{realm}/sls/wait/{id}; on any outcome (or when the code expires) the form is submitted and the server
// decides what to show. If the connection drops, it retries with a growing pause (the polling fallback).
// One submission per page, whatever comes first: a person's click on any of the page's buttons (no notification,
// send a new one, use another device) stops the wait, and once the page has been submitted, by the wait or by a
// click, a later click or a late answer of the wait submits nothing more (a second submission finds the step
// already moved on and shows "Action expired").
// A form may name outcomes the page shows in place, without asking the server: data-sls-in-place-{state} holds the
// text, data-sls-notice the id of the element that shows it (a code's send that went out: the code field is already
// there, and a reload would only lose what the person is typing).
(function () {
    "use strict";
    var form = document.querySelector("form[data-sls-wait-url]");
    if (!form || !window.fetch) {
        return;
    }
    var waitUrl = form.getAttribute("data-sls-wait-url");
    var deadline = Date.now() + 1000 * parseInt(form.getAttribute("data-sls-expires-in") || "0", 10);
    var countdown = document.getElementById("sls-countdown");
    var submitted = false;
    var settled = false; // an outcome shown in place: no more polling, the page's buttons still work
    var aborter = window.AbortController ? new AbortController() : null;

    function stopWaiting() {
        submitted = true;
        if (aborter) {
            aborter.abort();
        }
    }

    function submit() {
        if (!submitted) {
            stopWaiting();
            form.submit();
        }
    }

    // Capture phase, so the page is marked before the browser starts the click's navigation.
    document.addEventListener("submit", function (event) {
        if (submitted) {
            event.preventDefault();
        } else {
            stopWaiting();
        }
    }, true);

    function tick() {
        var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
        if (countdown) {
            countdown.textContent = Math.floor(left / 60) + ":" + ("0" + (left % 60)).slice(-2);
        }
        if (submitted || settled) {
            return;
        }
        if (left <= 0) {
            submit();
        } else {
            setTimeout(tick, 1000);
        }
    }

    function poll(pause) {
        if (submitted || settled) {
            return;
        }
        fetch(waitUrl + "?timeout=25", {cache: "no-store", credentials: "omit", signal: aborter ? aborter.signal : undefined})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("HTTP " + response.status);
                }
                return response.json();
            })
            .then(function (body) {
                if (submitted) {
                    return;
                }
                var inPlace = form.getAttribute("data-sls-in-place-" + body.state);
                var notice = document.getElementById(form.getAttribute("data-sls-notice") || "");
                if (body.state === "pending") {
                    poll(0);
                } else if (inPlace !== null && notice) {
                    settled = true;
                    // the notice's text is its last child (after the alert's icon)
                    (notice.lastElementChild || notice).textContent = inPlace;
                } else {
                    submit();
                }
            })
            .catch(function () {
                if (submitted) {
                    return;
                }
                var next = Math.min(5000, Math.max(1000, pause * 2));
                setTimeout(function () { poll(next); }, next);
            });
    }

    tick();
    poll(0);
})();
