/*
 * Bitpoll's own scripts, loaded from a file so the Content-Security-Policy needs no inline code.
 *
 * The URL name follows the title (by the server's rule, Slugs.fromTitle) while it is empty or still equal to the
 * name of the previous title, so a typed or randomized name is kept. Ticking "random" fills in a random name by the
 * server's rule (Slugs.random), drawn in the browser; unticking it goes back to the name of the title.
 * The elements are looked up at each event because ajax updates replace them.
 */
(function () {
    "use strict";

    // ä ö ü Ä Ö Ü ß ẞ, escaped so the file's encoding never matters
    var SPELLED_OUT = {
        "\u00e4": "ae", "\u00f6": "oe", "\u00fc": "ue", "\u00c4": "Ae", "\u00d6": "Oe", "\u00dc": "Ue",
        "\u00df": "ss", "\u1e9e": "SS"
    };

    function slugOf(title) {
        return title.normalize("NFC")
            .replace(/[\u00e4\u00f6\u00fc\u00c4\u00d6\u00dc\u00df\u1e9e]/g, function (letter) {
                return SPELLED_OUT[letter];
            })
            .normalize("NFD")
            .replace(/\p{M}+/gu, "")
            .replace(/[\s+]+/g, "-")
            .replace(/[^a-zA-Z0-9_-]/g, "")
            .replace(/-{2,}/g, "-")
            .replace(/^-+|-+$/g, "")
            .toLowerCase()
            .substring(0, 80)
            .replace(/-+$/, "");
    }

    // Slugs.random(): ten characters of an alphabet without look-alikes, from the browser's secure random source
    var RANDOM_ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZabcdefghjkmnpqrstuvwxyz0123456789";

    function randomSlug() {
        var values = new Uint32Array(10);
        window.crypto.getRandomValues(values);
        return Array.prototype.map.call(values, function (value) {
            return RANDOM_ALPHABET.charAt(value % RANDOM_ALPHABET.length);
        }).join("");
    }

    var previousTitle = "";

    document.addEventListener("input", function (event) {
        if (!event.target.matches("[data-slug-source]")) {
            return;
        }
        var slug = document.querySelector("[data-slug-target]");
        var random = document.querySelector("[data-slug-random]");
        if (slug && !(random && random.checked)
                && (slug.value === "" || slug.value === slugOf(previousTitle))) {
            slug.value = slugOf(event.target.value);
        }
        previousTitle = event.target.value;
    });

    document.addEventListener("change", function (event) {
        if (!event.target.matches("[data-slug-random]")) {
            return;
        }
        var slug = document.querySelector("[data-slug-target]");
        var title = document.querySelector("[data-slug-source]");
        if (slug && event.target.checked) {
            slug.value = randomSlug();
        } else if (slug) {
            slug.value = title ? slugOf(title.value) : "";
        }
    });

    document.addEventListener("DOMContentLoaded", function () {
        var title = document.querySelector("[data-slug-source]");
        previousTitle = title ? title.value : "";
    });
}());

/*
 * Calendars start the week on the day the page names (CalendarWeek: the language's convention in the visitor's
 * region) in data-first-day-of-week, instead of the day PrimeFaces' locale file fixes per language. PrimeFaces
 * creates its widgets when the document is ready; this listener was registered before, so every date picker,
 * also one an ajax update brings, takes the day while it sets up its locale.
 */
(function () {
    "use strict";

    document.addEventListener("DOMContentLoaded", function () {
        var DatePicker = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.DatePicker;
        if (!DatePicker) {
            return;
        }
        var configureLocale = DatePicker.prototype.configureLocale;
        DatePicker.prototype.configureLocale = function () {
            configureLocale.apply(this, arguments);
            var holder = this.jq.closest("[data-first-day-of-week]");
            if (holder.length && this.cfg.userLocale) {
                this.cfg.userLocale.firstDayOfWeek = parseInt(holder.attr("data-first-day-of-week"), 10);
            }
        };
    });
}());

/*
 * The browser's time zone, for polls shown in the viewer's zone (read by ViewerZone, for the pages and the CSV).
 * A cookie rather than a request parameter, so plain links keep working. A page of a poll that translates its
 * times names the zone it was written in (data-zone-check); when that is not the browser's zone (a first visit,
 * before the cookie existed, or a new zone after travelling), the page is loaded once more with the cookie, so
 * the first visit already shows the viewer's times. Once per zone and tab (sessionStorage), and only if the cookie
 * could be stored, so a browser without cookies or with a zone the server does not know never loops.
 */
(function () {
    "use strict";

    var zone;
    try {
        zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (ignored) {
        return; // no Intl: polls stay in their own zone
    }
    if (!zone) {
        return;
    }
    var cookie = "bitpoll-tz=" + zone;

    function hasCookie() {
        return document.cookie.split(/;\s*/).indexOf(cookie) >= 0;
    }

    if (!hasCookie()) {
        document.cookie = cookie + "; path=/; max-age=31536000; SameSite=Lax";
    }

    document.addEventListener("DOMContentLoaded", function () {
        var marker = document.querySelector("[data-zone-check]");
        if (!marker || marker.getAttribute("data-zone-check") === zone || !hasCookie()) {
            return;
        }
        try {
            var key = "bitpoll-tz-reloaded";
            if (window.sessionStorage.getItem(key) === zone) {
                return;
            }
            window.sessionStorage.setItem(key, zone);
        } catch (ignored) {
            return; // no storage to remember the reload in: keep the poll's zone rather than risk a loop
        }
        window.location.reload();
    });
}());

/*
 * The column filter of the results table (F6): options whose score is below the minimum percentage are hidden,
 * and group headers shrink with them. Nothing is stored.
 */
(function () {
    "use strict";

    function table() {
        return document.getElementById("pollGrid");
    }

    function apply(minimum) {
        var grid = table();
        if (!grid) {
            return;
        }
        var scores = grid.querySelectorAll("tfoot tr.summary td[data-score]");
        var hidden = [];
        var shown = 0;
        scores.forEach(function (cell, index) {
            hidden[index] = parseFloat(cell.getAttribute("data-score")) < minimum;
            shown += hidden[index] ? 0 : 1;
        });
        // the grid's width counts the shown option columns (bitpoll.css), so header and rows keep their widths
        grid.style.setProperty("--options", String(shown));
        grid.querySelectorAll("tbody tr, tfoot tr").forEach(function (row) {
            var cells = row.querySelectorAll("td:not(.actions)");
            cells.forEach(function (cell, index) {
                cell.classList.toggle("filtered", hidden[index] === true);
            });
        });
        grid.querySelectorAll("thead tr").forEach(function (row) {
            var column = 0;
            row.querySelectorAll("th:not(.name-column):not(.actions)").forEach(function (cell) {
                var span = parseInt(cell.getAttribute("data-span") || cell.getAttribute("colspan") || "1", 10);
                cell.setAttribute("data-span", span);
                var visible = 0;
                for (var i = column; i < column + span; i++) {
                    if (!hidden[i]) {
                        visible++;
                    }
                }
                cell.classList.toggle("filtered", visible === 0);
                if (visible > 0) {
                    cell.setAttribute("colspan", visible);
                }
                column += span;
            });
        });
    }

    document.addEventListener("click", function (event) {
        var toggle = event.target.closest("[data-filter-toggle]");
        if (toggle) {
            var panel = document.getElementById("columnFilter");
            panel.hidden = !panel.hidden;
            toggle.setAttribute("aria-expanded", String(!panel.hidden));
        }
        if (event.target.closest("[data-filter-reset]")) {
            var input = document.querySelector("[data-filter-minimum]");
            input.value = 0;
            apply(0);
        }
    });

    document.addEventListener("input", function (event) {
        if (event.target.matches("[data-filter-minimum]")) {
            apply(parseFloat(event.target.value) || 0);
        }
    });
}());

/*
 * Popovers of the results table: a name, a commented cell or a summary cell shows its details (the title text)
 * in a box when clicked, tapped or activated with Enter, where a tooltip would need a mouse. Escape or a click
 * elsewhere closes it.
 */
(function () {
    "use strict";

    var box = null;

    function close() {
        if (box) {
            box.remove();
            box = null;
        }
    }

    function open(cell) {
        close();
        var text = cell.getAttribute("title") || cell.getAttribute("data-popover");
        if (!text) {
            return;
        }
        box = document.createElement("div");
        box.className = "popover";
        box.id = "popover";
        box.setAttribute("role", "status");
        box.textContent = text;
        document.body.appendChild(box);
        var place = cell.getBoundingClientRect();
        box.style.left = Math.max(4, window.scrollX + place.left) + "px";
        box.style.top = (window.scrollY + place.bottom + 4) + "px";
    }

    function popoverCell(target) {
        return target.closest("#pollGrid th.name, #pollGrid td.c, #pollGrid tfoot td[data-score]");
    }

    document.addEventListener("click", function (event) {
        var cell = popoverCell(event.target);
        if (cell) {
            open(cell);
        } else if (!event.target.closest(".popover")) {
            close();
        }
    });

    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape") {
            close();
        } else if (event.key === "Enter" && popoverCell(event.target)) {
            open(event.target);
        }
    });
}());
