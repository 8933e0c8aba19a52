/** Keyboard shortcuts and small interactions. No inline scripts (CSP), no framework. */
export const appJs = String.raw`(function () {
  'use strict';
  function typing(e) {
    var t = e.target;
    return t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
  }
  function submitForm(id) {
    var f = document.getElementById(id);
    if (f && !f.dataset.sent) { f.dataset.sent = '1'; f.requestSubmit ? f.requestSubmit() : f.submit(); }
  }
  var body = document.body;

  // Queue: j/k move the selection, Enter/o open, a approve (bulk-safe rows only; others open), r open.
  if (body.classList.contains('page-queue')) {
    var rows = Array.prototype.slice.call(document.querySelectorAll('.qrow'));
    var index = -1;
    var select = function (i) {
      if (!rows.length) return;
      index = Math.max(0, Math.min(rows.length - 1, i));
      rows.forEach(function (r, n) { r.classList.toggle('selected', n === index); });
      rows[index].scrollIntoView({ block: 'nearest' });
      var link = rows[index].querySelector('a.subject');
      if (link) link.focus({ preventScroll: true });
    };
    document.addEventListener('keydown', function (e) {
      if (typing(e) || e.ctrlKey || e.metaKey || e.altKey) return;
      var row = rows[index];
      if (e.key === 'j') { select(index + 1); e.preventDefault(); }
      else if (e.key === 'k') { select(index - 1); e.preventDefault(); }
      else if ((e.key === 'Enter' || e.key === 'o') && row) { location.href = row.dataset.href; e.preventDefault(); }
      else if (e.key === 'a' && row) {
        var quick = document.getElementById('quick-approve');
        if (row.dataset.bulkSafe === '1' && quick) { quick.action = row.dataset.href + '/approve'; submitForm('quick-approve'); }
        else location.href = row.dataset.href + '#decision';
        e.preventDefault();
      } else if (e.key === 'r' && row) { location.href = row.dataset.href + '#decision'; e.preventDefault(); }
    });
    var all = document.getElementById('pick-all');
    if (all) all.addEventListener('change', function () {
      document.querySelectorAll('input.pick-one').forEach(function (c) { c.checked = all.checked; });
    });
  }

  // Message page: a approve (a considered approval waits for its tick), r reject (asks for a reason), j/k next/previous.
  if (body.classList.contains('page-message')) {
    var approveButton = document.getElementById('approve-button');
    var statement = document.getElementById('confirm-statement');
    if (approveButton && statement && !approveButton.hasAttribute('disabled')) {
      var sync = function () { approveButton.disabled = !statement.checked; };
      statement.addEventListener('change', sync);
      sync();
    }
    document.addEventListener('keydown', function (e) {
      if (typing(e) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'r') { var reason = document.getElementById('reject-reason'); if (reason) { reason.focus(); e.preventDefault(); } return; }
      if (e.key === 'a' && approveButton) {
        if (approveButton.disabled) { if (statement) statement.focus(); }
        else if (!approveButton.dataset.sent) { approveButton.dataset.sent = '1'; approveButton.click(); }
        e.preventDefault();
        return;
      }
      if (e.key === 'j' || e.key === 'k') {
        var link = document.querySelector(e.key === 'j' ? 'a[rel=next]' : 'a[rel=prev]');
        if (link) { location.href = link.href; e.preventDefault(); }
      }
    });
  }

  // Self-check: the confirm button waits for every checkbox.
  var confirmButton = document.getElementById('confirm-button');
  if (confirmButton) {
    var boxes = Array.prototype.slice.call(document.querySelectorAll('.checklist input[type=checkbox]'));
    var update = function () { confirmButton.disabled = !boxes.every(function (b) { return b.checked; }); };
    boxes.forEach(function (b) { b.addEventListener('change', update); });
    update();
  }
})();
`;
