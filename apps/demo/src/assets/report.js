// The report's only script: entity tooltips on hover and keyboard focus, copy buttons, and
// highlighting every mention of one entity. It reads data-* attributes and writes textContent
// only, never innerHTML, so article text can never become markup here.
(function () {
  "use strict";
  var tip = document.getElementById("tip");
  var status = document.getElementById("status");

  function row(list, label, value) {
    if (!value) return;
    var dt = document.createElement("dt");
    dt.textContent = label;
    var dd = document.createElement("dd");
    dd.dir = "auto";
    dd.textContent = value;
    list.appendChild(dt);
    list.appendChild(dd);
  }

  function showTip(mark) {
    if (!tip) return;
    tip.textContent = "";
    var type = document.createElement("div");
    type.className = "tip-type";
    type.textContent = mark.dataset.label || mark.dataset.type || "";
    var list = document.createElement("dl");
    row(list, "الاسم", mark.dataset.canonical);
    row(list, "المعرّف", mark.dataset.id);
    row(list, "القيمة", mark.dataset.value);
    row(list, "السابقة", mark.dataset.prefix);
    row(list, "النص", mark.textContent);
    tip.appendChild(type);
    tip.appendChild(list);
    tip.hidden = false;
    mark.setAttribute("aria-describedby", "tip");
    var box = mark.getBoundingClientRect();
    var width = tip.offsetWidth;
    var left = box.left + box.width / 2 - width / 2 + window.scrollX;
    var maxLeft = document.documentElement.clientWidth - width - 8 + window.scrollX;
    tip.style.left = Math.max(8 + window.scrollX, Math.min(left, maxLeft)) + "px";
    var top = box.bottom + 6 + window.scrollY;
    if (box.bottom + tip.offsetHeight + 12 > window.innerHeight) top = box.top - tip.offsetHeight - 6 + window.scrollY;
    tip.style.top = top + "px";
  }

  function hideTip(mark) {
    if (!tip) return;
    tip.hidden = true;
    if (mark) mark.removeAttribute("aria-describedby");
  }

  function markOf(node) {
    return node && node.closest ? node.closest("mark.ent:not(.swatch)") : null;
  }

  document.addEventListener("mouseover", function (event) {
    var mark = markOf(event.target);
    if (mark) showTip(mark);
  });
  document.addEventListener("mouseout", function (event) {
    var mark = markOf(event.target);
    if (mark && !mark.contains(event.relatedTarget) && document.activeElement !== mark) hideTip(mark);
  });
  document.addEventListener("focusin", function (event) {
    var mark = markOf(event.target);
    if (mark) showTip(mark);
  });
  document.addEventListener("focusout", function (event) {
    var mark = markOf(event.target);
    if (mark) hideTip(mark);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hideTip(markOf(document.activeElement));
  });

  // Copy buttons: the Clipboard API where the page may use it, else a selected textarea.
  function announce(text) {
    if (status) status.textContent = text;
  }
  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok;
    try {
      ok = document.execCommand("copy");
    } catch {
      ok = false;
    }
    document.body.removeChild(area);
    return ok;
  }
  function copied(button, ok) {
    button.classList.toggle("done", ok);
    button.textContent = ok ? "نُسخ ✓" : "تعذّر النسخ";
    announce(ok ? "نُسخ المرجع" : "تعذّر النسخ");
    setTimeout(function () {
      button.classList.remove("done");
      button.textContent = "نسخ";
    }, 1800);
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button.copy") : null;
    if (!button) return;
    var text = button.dataset.copy || "";
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(
        function () { copied(button, true); },
        function () { copied(button, fallbackCopy(text)); }
      );
    } else {
      copied(button, fallbackCopy(text));
    }
  });

  // Entity list: pressing a name highlights all its mentions in the text.
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button.group") : null;
    if (!button) return;
    var key = button.dataset.key;
    var pressed = button.getAttribute("aria-pressed") === "true";
    document.querySelectorAll("button.group").forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
    var first = null;
    document.querySelectorAll("mark.ent").forEach(function (mark) {
      var on = !pressed && mark.dataset.key === key;
      mark.classList.toggle("is-focus", on);
      if (on && !first) first = mark;
    });
    document.body.classList.toggle("has-focus", !pressed);
    if (!pressed) {
      button.setAttribute("aria-pressed", "true");
      if (first) first.scrollIntoView({ block: "center" });
    }
  });

  // Attribution list: hovering an item lights up its parts in the text.
  function lightAttribution(id, on) {
    document.querySelectorAll(".text .attr").forEach(function (span) {
      if ((span.dataset.attr || "").split(" ").indexOf(id) >= 0) span.classList.toggle("is-focus", on);
    });
  }
  document.querySelectorAll("li.attribution").forEach(function (item) {
    item.addEventListener("mouseenter", function () { lightAttribution(item.dataset.attrRef, true); });
    item.addEventListener("mouseleave", function () { lightAttribution(item.dataset.attrRef, false); });
  });
})();
