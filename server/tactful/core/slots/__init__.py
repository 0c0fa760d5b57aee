"""Free-slot engine: which alternative interview times to propose."""
