// Compare page: the server renders both texts with every change marked (<del>/<ins> carrying
// data-change); this script switches the language and, when a change is pointed at or
// focused in one text, highlights it in both and scrolls the other text to it.
"use strict";

function counterparts(change) {
  return document.querySelectorAll(`.side-text [data-change="${CSS.escape(change)}"], .change-list [data-change="${CSS.escape(change)}"]`);
}

function showChange(change, scroll) {
  for (const node of document.querySelectorAll(".active-change")) node.classList.remove("active-change");
  if (change === undefined) return;
  for (const node of counterparts(change)) {
    node.classList.add("active-change");
    if (scroll && node.closest(".side-text") && node !== scroll) {
      const box = node.closest(".side-text");
      box.scrollTop += node.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 3;
    }
  }
}

document.addEventListener("DOMContentLoaded", () => {
  setupLanguageToggle();
  applyLanguage();
  for (const text of document.querySelectorAll(".side-text")) {
    text.addEventListener("mouseover", (event) => {
      const target = event.target.closest("[data-change]");
      if (target) showChange(target.dataset.change, target);
    });
  }
  for (const item of document.querySelectorAll(".change-list [data-change]")) {
    item.addEventListener("mouseenter", () => showChange(item.dataset.change, item));
    item.addEventListener("focusin", () => showChange(item.dataset.change, item));
  }
  // A link "in the text" (#a-N) scrolls both columns to the change.
  const follow = () => {
    const match = location.hash.match(/^#[ab]-(\d+)$/);
    if (match) showChange(match[1], document.getElementById(location.hash.slice(1)));
  };
  window.addEventListener("hashchange", follow);
  follow();
  document.body.dataset.ready = "true";
});
