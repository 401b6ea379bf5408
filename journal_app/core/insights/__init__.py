"""What the journal can notice: warning signs, streaks and milestones (no Qt here)."""
