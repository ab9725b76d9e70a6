/*
 * Bitpoll's own scripts, loaded from a file so the Content-Security-Policy needs no inline code.
 *
 * The URL name follows the title (as the server derives it) while it is empty or still equal to the name of the
 * previous title, so a typed or randomized name is kept. Ticking "random" clears it for the server to fill. The
 * elements are looked up at each event because ajax updates replace them.
 */
(function () {
    "use strict";

    function slugOf(title) {
        return title.replace(/[\s+]+/g, "-")
            .replace(/[^a-zA-Z0-9_-]/g, "")
            .replace(/-{2,}/g, "-")
            .replace(/^-+|-+$/g, "")
            .toLowerCase()
            .substring(0, 80);
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
        if (slug) {
            slug.value = event.target.checked || !title ? "" : slugOf(title.value);
        }
    });

    document.addEventListener("DOMContentLoaded", function () {
        var title = document.querySelector("[data-slug-source]");
        previousTitle = title ? title.value : "";
    });
}());
