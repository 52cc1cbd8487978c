// Article page: the server renders the original text with claims, mentions, removed
// boilerplate and marks as elements carrying indexes into the JSON block #doc-data; this script
// adds the hover/focus card, the original/normalized toggle, display names in the claims table
// and the copy-citation buttons.
"use strict";

let doc = { doc_id: "", claims: [], mentions: [], query: "" };
let card = null;
let cardFor = null;  // the element whose card is shown

function cardRow(list, key, value) {
  if (!value) return;
  list.append(el("dt", "", t(key)), el("dd", "", value));
}

function mentionValue(mention) {
  if (mention.display || mention.id) return mention.id ? entityName(mention.id) : mention.display;
  if (mention.kind === "attribution") return attributionText({ attribution: mention });
  if (mention.date || mention.partial || mention.unresolved || mention.value !== undefined || mention.min !== undefined) return valueText(mention);
  return "";
}

function fillCard(claimNode, mentionNode) {
  card.replaceChildren();
  if (claimNode) {
    const claim = doc.claims[Number(claimNode.dataset.claim)];
    if (claim) {
      card.append(el("div", "card-title",
        `${subjectName(claim.subject, claim.subject_text)} · ${metricLabel(claim.metric, claim.metric_text)}`));
      const list = el("dl");
      cardRow(list, "field.kind", `${t("doc.legend.claim")}${modalityName(claim.modality) ? `（${modalityName(claim.modality)}）` : ""}`);
      cardRow(list, "field.subject", claim.subject_text ? `${entityName(claim.subject)}（${claim.subject_text}）` : entityName(claim.subject));
      cardRow(list, "field.metric", claim.metric_text ? `${metricName(claim.metric)}（${claim.metric_text}）` : metricName(claim.metric));
      cardRow(list, "field.value", valueText(claim.value));
      if (periodText(claim) !== valueText(claim.value)) cardRow(list, "field.period", periodText(claim));
      cardRow(list, "field.source", attributionText(claim));
      cardRow(list, "field.scope", typeof claim.scope === "string" ? claim.scope : claim.scope ? JSON.stringify(claim.scope) : "");
      card.append(list);
    }
  }
  if (mentionNode) {
    const mention = doc.mentions[Number(mentionNode.dataset.mention)];
    if (mention) {
      const kind = localized(suyuan.labels.mention_kinds, mention.kind) || mention.kind;
      const block = el("div", claimNode ? "card-mention" : "");
      block.append(el("div", "card-title", `${kind}: ${mention.text || ""}`));
      const list = el("dl");
      cardRow(list, "field.value", mentionValue(mention));
      cardRow(list, "field.bytes", `${mention.start}–${mention.end}`);
      block.append(list);
      card.append(block);
    }
  }
}

function showCard(target) {
  const claimNode = target.closest("[data-claim]");
  const mentionNode = target.closest("[data-mention]");
  if (!claimNode && !mentionNode) return;
  cardFor = target;
  fillCard(claimNode, mentionNode);
  card.hidden = false;
  const box = target.getBoundingClientRect();
  const width = Math.min(360, document.documentElement.clientWidth - 16);
  card.style.maxWidth = `${width}px`;
  const left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
  card.style.left = `${left}px`;
  card.style.top = `${box.bottom + window.scrollY + 6}px`;
  if (claimNode) claimNode.setAttribute("aria-describedby", "card");
}

function hideCard() {
  if (card) card.hidden = true;
  cardFor = null;
}

function fillClaimsTable() {
  for (const row of document.querySelectorAll(".claims tr[data-claim]")) {
    const index = Number(row.dataset.claim);
    const claim = doc.claims[index];
    if (!claim) continue;
    row.querySelector(".subject").textContent = subjectName(claim.subject, claim.subject_text);
    row.querySelector(".metric").textContent = metricLabel(claim.metric, claim.metric_text);
    row.querySelector(".value").textContent = [valueText(claim.value), periodText(claim)].filter(Boolean)
      .filter((text, i, all) => all.indexOf(text) === i).join(" · ");
    row.querySelector(".source").textContent = attributionText(claim);
    const actions = row.querySelector(".actions");
    actions.replaceChildren(citeButton(doc.doc_id, `claim=${index}`));
  }
}

function setupToggle() {
  const buttons = document.querySelectorAll(".view-toggle button");
  for (const button of buttons) {
    button.addEventListener("click", () => {
      for (const other of buttons) other.setAttribute("aria-pressed", String(other === button));
      document.getElementById("raw-text").hidden = button.dataset.show !== "raw";
      document.getElementById("normalized-text").hidden = button.dataset.show !== "normalized";
      hideCard();
    });
  }
}

document.addEventListener("DOMContentLoaded", async () => {
  const data = document.getElementById("doc-data");
  if (data) doc = JSON.parse(data.textContent);
  card = el("div", "card");
  card.id = "card";
  card.setAttribute("role", "tooltip");
  card.hidden = true;
  document.body.append(card);
  setupLanguageToggle();
  setupToggle();
  suyuan.onLanguage.push(() => {
    fillClaimsTable();
    if (cardFor) showCard(cardFor);
  });
  applyLanguage();
  await loadLabels();
  fillClaimsTable();
  document.body.dataset.ready = "true";  // names and buttons are in place

  const text = document.getElementById("raw-text");
  text.addEventListener("mouseover", (event) => {
    const target = event.target.closest("[data-mention], [data-claim]");
    if (target) showCard(target);
  });
  text.addEventListener("mouseleave", hideCard);
  text.addEventListener("focusin", (event) => showCard(event.target));
  text.addEventListener("focusout", hideCard);
  text.addEventListener("keydown", (event) => {
    const claim = event.target.closest && event.target.closest("[data-claim]");
    if (event.key === "Escape") hideCard();
    if (event.key === "Enter" && claim) openCitation(doc.doc_id, `claim=${claim.dataset.claim}`);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hideCard();
  });
  // Scroll the cited bytes into view once the fonts have laid the text out.
  if (location.hash === "#cited") {
    const cited = document.getElementById("cited");
    if (cited) cited.scrollIntoView({ block: "center" });
  }
});
