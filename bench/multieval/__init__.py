"""Issue 17's multilingual evaluation sets: calls in Spanish, German and French, questions in
the call's language and in others (see README.md)."""
