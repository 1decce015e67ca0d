"""Statistics over codings: inter-coder agreement. Pure functions, no vault access."""
