// Waits for a push decision or a phone activation without polling the page: one long poll at a time against
// /realms/{realm}/sls/wait/{id}; on any outcome (or when the code expires) the form is submitted and the server
// decides what to show. If the connection drops, it retries with a growing pause (the polling fallback).
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

    function submit() {
        if (!submitted) {
            submitted = true;
            form.submit();
        }
    }

    function tick() {
        var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
        if (countdown) {
            countdown.textContent = Math.floor(left / 60) + ":" + ("0" + (left % 60)).slice(-2);
        }
        if (left <= 0) {
            submit();
        } else {
            setTimeout(tick, 1000);
        }
    }

    function poll(pause) {
        if (submitted) {
            return;
        }
        fetch(waitUrl + "?timeout=25", {cache: "no-store", credentials: "omit"})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("HTTP " + response.status);
                }
                return response.json();
            })
            .then(function (body) {
                if (body.state === "pending") {
                    poll(0);
                } else {
                    submit();
                }
            })
            .catch(function () {
                var next = Math.min(5000, Math.max(1000, pause * 2));
                setTimeout(function () { poll(next); }, next);
            });
    }

    tick();
    poll(0);
})();
