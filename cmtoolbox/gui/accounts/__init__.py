"""The Accounts section: each client's social accounts, with secrets in the OS keyring."""
