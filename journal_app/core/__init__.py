"""Recovery Journal's core: storage, content and insights, with no Qt at all."""
