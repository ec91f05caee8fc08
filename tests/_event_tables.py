"""Helpers of the sentence -> (subject, class, object) tables of the event tests."""

from __future__ import annotations


def has_event(rels, subject, cls, obj):
    """A positive event of ``cls`` whose subject label holds ``subject`` and whose object label
    holds ``obj`` (case-insensitively), or that has no actor object when ``obj`` is empty."""
    return any(subject.lower() in r.subject.label.lower() and r.cls == cls and not r.negated
               and (r.object is None if not obj else
                    r.object is not None and obj.lower() in r.object.label.lower())
               for r in rels)


def shown(rels):
    """The relations as a failing assertion shows them."""
    return [(r.subject.label, r.cls, r.object.label if r.object else None, r.about, r.negated,
             r.modality, r.trigger) for r in rels]
