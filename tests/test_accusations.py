"""Accusations without an accusing verb: reported attacks and misconduct nouns."""

from __future__ import annotations

import pytest

from graphkit.extract.accusations import blame_head

actors = pytest.importorskip("graphkit.extract")


@pytest.mark.parametrize(("text", "word", "head"), [
    ("They denounced the violence of the militia.", "violence", "violence"),
    ("They want to break the alleged terror network of the party.", "terror", "network"),
    ("He heads the Anti-Corruption Unit of the police.", "Corruption", None),
    ("The army attacked the town.", "attacked", None),
])
def test_blame_head(nlp, text, word, head):
    doc = nlp(text)
    found = blame_head(next(t for t in doc if t.text == word))
    assert (found.text if found is not None else None) == head


def _accusations(nlp, text):
    from graphkit.extract.events import events

    doc = nlp(text)
    index = actors.ActorIndex(doc, actors.actor_mentions(doc))
    return sorted((r.subject.label, r.object.label, r.negated)
                  for r in events(doc, index, doc_id="t") if r.cls == "ACCUSE")


@pytest.mark.parametrize(("text", "expected"), [
    ("Opposition leader Nelson Chamisa said the army had attacked the protesters.",
     [("Nelson Chamisa", "army", False)]),
    ("Human Rights Watch wants to end the violence of the militias in Libya.",
     [("Human Rights Watch", "militias", False)]),
    ("The ANC did not condemn the violence of the police.", [("African National Congress",
                                                              "police", True)]),
    ("Party leader Mirza Alamgir said the Awami League had unleashed a campaign of repression.",
     [("Mirza Alamgir", "Awami League", False)]),
    ("Mirza Alamgir said the Awami League had not committed any crime.",
     [("Mirza Alamgir", "Awami League", True)]),
    # a police chief reporting arrests accuses nobody; nor does an unnamed official
    ("Police chief John Mwangi said officers arrested three rebels.", []),
    ("Officials said the rebels attacked the town.", []),
    # an official of a state telling what its own forces did reports; of others, accuses
    ("Iraq's interior minister Ali Rahimi said Iraqi forces had killed the rebel commander.",
     []),
    ("Iraq's interior minister Ali Rahimi said Syrian forces had killed the rebel commander.",
     [("Ali Rahimi", "forces", False)]),
    # saying that someone refused or denied something accuses nobody
    ("Opposition leader Nelson Chamisa said the army had rejected the plan.", []),
    # nobody accuses their own organisation
    ("MQM leader Farooq Sattar said the only crime of the MQM is its honesty.", []),
    # what happened when the charged act was done is its time, not the charge
    ('Ehud Olmert said Lebanon had committed an "act of war" when Hezbollah attacked Israel.',
     []),
    # who feels a fear is not accused, nor the victim of an abuse
    ('"Iraq would like to co-operate with Turkish authorities to allay Turkey\'s legitimate '
     'fears," the letter said.', []),
    ("Jack Reed, a Democratic U.S. senator from Rhode Island, asked Sanchez about claims of "
     "abuse of Iraqi prisoners under U.S. care.", []),
    # a misconduct word naming what an actor works against is no one's misconduct
    ("Pakistan had warned British counter-terrorism experts about terrorist plans to bomb "
     "London.", []),
    # a named person who says an actor was responsible for or behind an attack accuses it
    ("Army spokesman Prasad Samarasinghe said the Tamil Tigers were responsible for the "
     "ambush.", [("Prasad Samarasinghe", "Liberation Tigers of Tamil Eelam", False)]),
    ('"The Real IRA was behind the bombing," Jim Keane said.',
     [("Jim Keane", "Real Irish Republican Army", False)]),
    # not when the blame is denied or only supposed
    ("Army spokesman Prasad Samarasinghe said the Tamil Tigers were not responsible for the "
     "ambush.", []),
    ("Army spokesman Prasad Samarasinghe said the Tamil Tigers might be behind the ambush.", []),
])
def test_accusations(nlp, text, expected):
    assert _accusations(nlp, text) == expected
