"""Offline exchange (离线报送): signed package files between the office and the units.

A package is one zip file carried on a USB stick or sent as an e-mail attachment:

- ``plan`` (方案包, office → units): the plan as the office reviewed it, and the office key;
- ``submission`` (报送包, unit → office): a unit's months, each with its revision number;
- ``receipt`` (回执, office → unit): received / accepted / returned with the reason.

Modules, by responsibility: ``format`` (zip layout and manifest), ``keys`` (this
workspace's Ed25519 key and the pinned keys of others), ``verify`` and ``context`` (every
check made before anything is written: the file alone, then against the workspace),
``plan_package``, ``submission``, ``receipt`` (building and applying each kind), ``merge``
(the office's side: revisions, conflicts, accept/return), ``importer`` (one door for
importing any package file) and ``bench``.

Nothing here imports Qt; the client calls ``importer.import_files`` and the export
functions and shows what they return.
"""
