"""Moving entries in and out of a journal: exporters, importers and encrypted files.

No Qt here. One format per module:

- ``own_json``  the app's own lossless, versioned JSON (export and import)
- ``own_csv``   one row per entry, spreadsheet-safe (export and import)
- ``markdown``  a heading per day, readable as is (export only)
- ``daylio``, ``jrnl``, ``dayone``  other apps' exports (import only)
- ``sealed``    a passphrase-encrypted wrapper (Argon2id + AES-256-GCM)

``exporting.export_file`` and ``importing.prepare_import`` / ``apply_import``
are the entry points the CLI and the GUI call.
"""
