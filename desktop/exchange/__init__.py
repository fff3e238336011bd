"""Offline exchange (离线报送): signed package files between the office and the units.

A package is one zip file carried on a USB stick or sent as an e-mail attachment:

- ``plan`` (方案包, office → units): the plan as the office reviewed it, and the office key;
- ``submission`` (报送包, unit → office): a unit's months, each with its revision number;
- ``receipt`` (回执, office → unit): received / accepted / returned with the reason.

Modules, by responsibility: ``format`` (zip layout and manifest), ``keys`` (this
workspace's Ed25519 key and the pinned keys of others), ``registration`` (a unit's key file,
handed to the office before its first package), ``verify`` and ``context`` (every check made
before anything is written: the file alone, then against the workspace), ``plan_package``,
``submission``, ``receipt`` (building and applying each kind), ``merge`` (the office's side:
revisions, conflicts, accept/return) and ``importer`` (one door for importing any package
file); the import benchmark is in ``desktop.devtools.bench``. What they keep in the workspace
is read and written through the store (``store.exchange``: the linked plan — ``linked_plan``
says which plan, on which side — packages and exports; ``store.exchange_keys``;
``store.receipts``; ``store.submissions``); no SQL is written here.

Nothing here imports Qt. What the client calls (every function takes an open Workspace):

- both sides: ``importer.import_files(ws, files, progress=cb)`` → one ``ImportOutcome`` per
  file (``status`` imported | unchanged | refused, ``message`` in Chinese, ``details``);
  ``verify.open_package(path)`` to preview a file (``manifest["summary"]``) without a
  workspace; ``keys.own_identity(ws).fingerprint``; ``store.exchange_keys.key_changes`` and
  ``keys.decide_key_change`` for the key-change warning;
- office: ``plan_package.export_plan``, ``store.receipts.month_states`` (the units × months
  grid), ``merge.accept_month`` / ``merge.return_month``, ``store.receipts.open_conflicts`` /
  ``merge.conflict_versions`` / ``merge.resolve_conflict``, ``receipt.export_receipt``,
  ``registration.import_registration``;
- unit: ``submission.export_submission(ws, unit, month, out, to=None)``,
  ``receipt.receipt_states(ws, unit)``, ``registration.export_registration``.

Imports are synchronous and may take seconds for hundreds of files: run them off the GUI
thread (the workspace connection allows another thread) and refresh views afterwards.
"""
