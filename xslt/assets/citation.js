/* Telegrams edition: copy buttons of the citations (plain text, BibTeX, CSL-JSON) and today's
   date in place of the access-date placeholder. Works from file:// as well as http://: the
   Clipboard API when the browser allows it, else the text is selected for Ctrl+C / Cmd+C. */
(function () {
  "use strict";

  var today = new Date();
  var iso = today.getFullYear() + "-" + String(today.getMonth() + 1).padStart(2, "0") + "-" +
    String(today.getDate()).padStart(2, "0");
  var long = today.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });

  function fillAccessDate(element) {
    element.textContent = element.textContent.split("[access date]").join(long)
      .split("YYYY-MM-DD").join(iso);
  }

  function select(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function copyBySelection(element) {
    select(element);
    try {
      return document.execCommand("copy");
    } catch (error) {
      return false;
    }
  }

  function copy(element, status) {
    var text = element.textContent;
    function done() { status.textContent = "Copied to the clipboard."; }
    function fallback() {
      status.textContent = copyBySelection(element) ? "Copied to the clipboard."
        : "The text is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.";
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  }

  document.querySelectorAll("[data-citation]").forEach(function (block) {
    var status = block.querySelector(".copy-status");
    block.querySelectorAll(".citation, .citation-code").forEach(fillAccessDate);
    block.querySelectorAll("button[data-copy]").forEach(function (button) {
      var target = document.getElementById(button.getAttribute("data-copy"));
      if (!target) { return; }
      button.hidden = false;
      button.addEventListener("click", function () { copy(target, status); });
    });
  });
})();
