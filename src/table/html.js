// winsock-bind table page: redraws the grid from the embedded data when a selector changes,
// and shows a cell's reason on click. Text goes in through textContent only, never as markup.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("table-data").textContent);
  const $ = (id) => document.getElementById(id);
  const eraById = new Map(data.eras.map((e) => [e.id, e]));
  let current = null; // { key, table, era }

  function key() {
    return [$("era").value, $("users").value, $("family").value, $("proto").value].join("/");
  }

  function behaviour(era) {
    return data.documented ? "documented" : era.behaviour;
  }

  // A cell's evidence is 0 (documented), 1 (observed) or 2 (extrapolated).
  const EVIDENCE = ["documented", "observed", "extrapolated"];
  const MARKS = ["", "\u2020", "\u2021"];

  function basisLabel(evidence, era) {
    if (evidence === 1 && behaviour(era) === "documented") return "not documented: observed answer shown";
    return EVIDENCE[evidence];
  }

  function basisNote(evidence, era) {
    if (evidence === 0) return "documented";
    if (evidence === 2) return data.notes.extrapolated;
    return behaviour(era) === "documented" ? data.notes.documented : data.notes.observed;
  }

  function capitalised(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function caption(first, second) {
    const side = (s) => `${s.label}, binding ${s.wildcard} or ${s.specific}`;
    return `Rows: first socket, ${side(first)}. Columns: second socket, ${side(second)}.`;
  }

  function grid(sectionIndex, sockets, cells, era) {
    const [first, second] = sockets.map((k) => data.sockets[k]);
    const table = el("table", { class: "grid" });
    table.appendChild(el("caption", {}, caption(first, second)));
    const head = el("thead");
    const hr = el("tr");
    hr.appendChild(el("th", { scope: "col", colspan: "2" }, "First caller \\ second caller"));
    for (const c of data.callers) {
      const th = el("th", { scope: "col" }, c.mode_label);
      th.appendChild(el("br"));
      th.appendChild(document.createTextNode(c.addr_label));
      hr.appendChild(th);
    }
    head.appendChild(hr);
    table.appendChild(head);
    const body = el("tbody");
    const n = data.callers.length;
    for (let r = 0; r < n; r++) {
      const tr = el("tr");
      tr.appendChild(el("th", { scope: "row" }, data.callers[r].mode_label));
      tr.appendChild(el("th", { scope: "row" }, data.callers[r].addr_label));
      for (let col = 0; col < n; col++) {
        const index = sectionIndex * n * n + r * n + col;
        const [o, rule, text, evidence] = cells[index];
        const outcome = data.outcomes[o];
        const title = `${data.texts[text]} [${basisLabel(evidence, era)}]`;
        const td = el("td", {
          class: `cell ${outcome.class}`,
          tabindex: "0",
          title,
          "data-first-socket": first.word,
          "data-first-option": data.callers[r].option,
          "data-first-address": data.callers[r].address,
          "data-second-socket": second.word,
          "data-second-option": data.callers[col].option,
          "data-second-address": data.callers[col].address,
          "data-outcome": outcome.word,
          "data-rule": data.rules[rule].id,
          "data-basis": EVIDENCE[evidence],
          "data-index": String(index),
        });
        td.appendChild(document.createTextNode(outcome.label));
        if (evidence) td.appendChild(el("sup", {}, MARKS[evidence]));
        td.appendChild(el("small", {}, data.rules[rule].id));
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    table.appendChild(body);
    return table;
  }

  // Keeps the selectors consistent with the era: families its stack has, users where they matter.
  function adjustSelectors() {
    const era = eraById.get($("era").value);
    for (const option of $("family").options) option.disabled = !era.families.includes(option.value);
    if (!era.families.includes($("family").value)) $("family").value = "v4";
    $("users").disabled = !era.users_matter;
    $("era-note").textContent = era.note;
  }

  function draw() {
    adjustSelectors();
    const k = key();
    const table = data.tables[k];
    const era = eraById.get($("era").value);
    const cells = data.grids[table.grid];
    const main = $("tables");
    for (const old of main.querySelectorAll("table.grid")) old.remove();
    $("table-title").textContent = table.title;
    const note = $("observed-note");
    data.families[$("family").value].forEach((sockets, i) => main.insertBefore(grid(i, sockets, cells, era), note));
    note.hidden = !cells.some((c) => c[3] === 1);
    note.textContent = `\u2020 ${basisNote(1, era)}.`;
    const extrapolated = $("extrapolated-note");
    extrapolated.hidden = !cells.some((c) => c[3] === 2);
    extrapolated.textContent = `\u2021 ${capitalised(data.notes.extrapolated)}.`;
    current = { key: k, table, era };
    main.setAttribute("data-key", k);
    $("detail-body").textContent = "Click a cell to see why the second bind gets that answer.";
  }

  function describe(td) {
    const cell = data.grids[current.table.grid][Number(td.dataset.index)];
    const [o, rule, text, evidence] = cell;
    const outcome = data.outcomes[o];
    const r = data.rules[rule];
    const body = $("detail-body");
    body.textContent = "";
    const side = (which) => {
      const caller = data.callers.find(
        (c) => c.option === td.dataset[`${which}Option`] && c.address === td.dataset[`${which}Address`],
      );
      const socketKey = data.families[$("family").value][
        Math.floor(Number(td.dataset.index) / (data.callers.length * data.callers.length))
      ][which === "first" ? 0 : 1];
      const s = data.sockets[socketKey];
      return `${caller.label} on ${caller.address === "wildcard" ? s.wildcard : s.specific} (${s.label})`;
    };
    const rows = [
      ["First caller", side("first")],
      ["Second caller", side("second")],
      ["Outcome", outcome.error || "Success"],
      ["Rule", `${r.id} ${r.slug}`],
      ["Why", data.texts[text]],
      ["Source", r.source],
      ["Basis", basisNote(evidence, current.era)],
    ];
    const dl = el("dl", { id: "detail-list" });
    for (const [term, value] of rows) {
      dl.appendChild(el("dt", {}, term));
      dl.appendChild(el("dd", {}, value));
    }
    body.appendChild(dl);
    for (const sel of document.querySelectorAll("td.cell.selected")) sel.classList.remove("selected");
    td.classList.add("selected");
  }

  for (const id of ["era", "users", "family", "proto"]) $(id).addEventListener("change", draw);
  const main = $("tables");
  main.addEventListener("click", (e) => {
    const td = e.target.closest("td.cell");
    if (td) describe(td);
  });
  main.addEventListener("keydown", (e) => {
    const td = e.target.closest("td.cell");
    if (td && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      describe(td);
    }
  });
  // Start from the table the page was generated for (the selectors already show it).
  const [era, users, family, proto] = data.initial.split("/");
  $("era").value = era;
  $("users").value = users;
  $("family").value = family;
  $("proto").value = proto;
  draw();
})();
