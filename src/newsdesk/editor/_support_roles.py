"""Whether the sources support a role said of a name (CEO, 董事长): who holds it, who
held it and who was appointed to it.
"""

from __future__ import annotations

import re

from newsdesk.chinese import HAN_CHAR
from newsdesk.editor._claim_extraction import _blank
from newsdesk.editor._evidence_index import _name_spans_of
from newsdesk.editor._latin_names import latin_names
from newsdesk.editor._name_tables import CHINESE_ALIASES, LATIN_ALIASES
from newsdesk.editor._pinyin import spells_name
from newsdesk.editor._roles import (
    VAGUE_ROLES,
    appointed,
    appointment_start,
    bound_roles,
    left,
    role_group,
    role_groups_in,
    roles_in,
    same_role,
)
from newsdesk.editor._sentences import url_spans
from newsdesk.editor._support_translated import TranslationChecks
from newsdesk.model import Claim, ClaimKind

#: What a person's group is named by them with (王小明团队, 王小明课题组).
_PERSONS_GROUPS = frozenset({"团队", "课题组"})


class RoleChecks(TranslationChecks):
    """The checks of roles said of names."""

    __slots__ = ()

    def _role_holds(self, claim: Claim) -> bool:
        """False when the role is said of a name the sources give only other roles.  The
        name is looked for in either script (a Google vice president, 谷歌总监)."""
        if role_group(claim.text) in VAGUE_ROLES:
            return True
        sentence = _blank(claim.sentence, url_spans(claim.sentence))
        at = sentence.find(claim.text)
        if at >= 0 and appointed(sentence, at):
            if not self._role_open(claim.text, sentence):
                return False  # the role taken is the news: the sources must give it so
            if self._taken_by_other_holder(claim.text, sentence, at):
                return False  # 李明接棒 Lumio CEO, where the sources make 李明 its CTO
        for start, end, group, name in bound_roles(sentence, _name_spans_of(sentence)):
            if sentence[start:end] != claim.text:
                continue
            forms = {name} | {alias.lower() for alias in _aliases_of(name)}
            if same_role(group, self._given_roles(forms), claim.text):
                continue  # a pinyin reading only adds roles: it cannot undo this one
            forms |= self._spelled(name)
            given = self._given_roles(forms)
            if not given:
                if self._held_by_others(group, forms) and not self._owner_of_holders_role(
                    group, forms, sentence
                ):
                    return False  # Nimbus's CEO, where only Corvid has one
                continue
            if same_role(group, given, claim.text):
                continue
            if not any(_gives_role(line, forms, group) for line in self.sentences):
                return False
        return True

    def _taken_by_other_holder(self, role: str, sentence: str, at: int) -> bool:
        """Whether the person said to take the role, named right before the words that say
        so, is one the sources give other roles, and neither this one nor its taking."""
        verb = appointment_start(sentence, at)
        group = role_group(role)
        if verb is None or group is None:
            return False
        for a, b in _name_spans_of(sentence):
            if b <= verb and _BEFORE_TAKING.fullmatch(sentence, b, verb):
                name = sentence[a:b].lower()
                forms = {name} | {alias.lower() for alias in _aliases_of(name)}
                forms |= self._spelled(name)
                given = self._given_roles(forms)
                holders = self._holders(group)
                return (
                    bool(given)
                    and group not in given
                    and holders is not None
                    and not holders & forms
                )
        return False

    def _role_open(self, role: str, sentence: str) -> bool:
        """Whether the sources give a role a text says someone takes so that they may: named
        not only as left (卸任, former), and, where each time they name it they say who holds
        it, with one of those holders named in the text's sentence (Lumio CEO 张伟 is no
        support for 李明出任 Lumio CEO)."""
        holders = self._holders(role_group(role))
        if holders is None:
            return True  # a role said of no one: anyone may be said to take it
        if any(self._names_holder(holder, sentence) for holder in holders):
            return True
        # an appointee the sources never name is flagged as a name; the role is checked
        # where the sentence's names are the sources' (李明出任 Lumio CEO)
        return not any(
            role_group(sentence[a:b]) is None
            and self.supports(Claim(ClaimKind.NAME, sentence[a:b], sentence))
            for a, b in _name_spans_of(sentence)
        )

    def _holders(self, group: int | None) -> set[str] | None:
        """Who the sources say holds or takes a role (:func:`_line_holders`); None where
        they name it once said of no one."""
        holders: set[str] = set()
        for line in self.sentences:
            found = _line_holders(line, group)
            if found is None:
                return None
            holders |= found
        return holders

    def _names_holder(self, holder: str, sentence: str) -> bool:
        """Whether a sentence names a holder of a role in the sources, in either script,
        by the last word of a full name (Altman of Sam Altman) or in pinyin (Zhang Wei)."""
        lowered = sentence.lower()
        forms = {holder, holder.split()[-1], *(a.lower() for a in _aliases_of(holder))}
        if any(form in lowered for form in forms):
            return True
        return any(
            spells_name(sentence[a:b], holder, self.sentences) for a, b in latin_names(sentence)
        )

    def _owner_of_holders_role(self, group: int, forms: set[str], sentence: str) -> bool:
        """Whether the sources make the organisation the role's owner, not its holder: a
        source sentence names it before someone taking the role (Lumio 宣布王芳出任 CEO
        supports Lumio 迎来新任 CEO), or names it, then a holder of the role whom the text's
        sentence names too (王芳出任 Lumio CEO)."""
        for line in self.sentences:
            lowered = line.lower()
            if group not in role_groups_in(line) or not any(f in lowered for f in forms):
                continue
            first = min(lowered.find(f) for f in forms if f in lowered)
            if any(
                found == group and first < start and appointed(line, start)
                for start, _, found in roles_in(line)
            ):
                return True
            if any(
                group in groups
                and lowered.find(name) > first
                and self._names_holder(name, sentence)
                for name, groups in self.roles.items()
            ):
                return True
        return False

    def _held_by_others(self, group: int, forms: set[str]) -> bool:
        """Whether a name the sources write (in Latin, as the text does) and give no role
        is given a role the sources give only to others (Nimbus's CEO, where only Corvid
        has one; not OpenAI's CEO beside their OpenAI CEO Sam Altman)."""
        written = any(
            re.search(rf"(?<![a-z]){re.escape(form)}(?![a-z])", self.text)
            for form in forms
            if form.isascii()
        )
        return (
            written
            and not any(group in self.owners.get(form, ()) for form in forms)
            and any(group in groups for groups in self.roles.values())
        )

    def _given_roles(self, forms: set[str]) -> frozenset[int]:
        """The roles the sources give any of the forms of a name."""
        return frozenset().union(*(self._roles_of(form) for form in forms))

    def _spelled(self, name: str) -> set[str]:
        """The Chinese names the sources give a role whose pinyin the Latin name is (胡宇航
        for Hu Yuhang): a role is compared across scripts as the alias table's names are."""
        if HAN_CHAR.search(name):
            return set()
        return {
            han
            for han in self.roles
            if HAN_CHAR.search(han) and spells_name(name, han, self.sentences)
        }

    def _roles_of(self, name: str) -> frozenset[int]:
        """The roles the sources give the name, the full name whose last part it is
        (苏莱曼 of 穆斯塔法·苏莱曼, Altman of Sam Altman) or the person's team (创始人王小明团队:
        the founder is 王小明); none when they give none."""
        if name in self.roles:
            return self.roles[name]
        found = [
            groups
            for full, groups in self.roles.items()
            if (len(full) > len(name) and full.endswith(name) and full[-len(name) - 1] in "·•・ ")
            or (full.startswith(name) and full[len(name) :] in _PERSONS_GROUPS)
        ]
        return frozenset().union(*found)


#: What stands between a person and the words that say they take a role (李明将出任,
#: "Li Ming was named").
_BEFORE_TAKING = re.compile(r"\s*(?:(?:将|已|正式|被|was|is|will\s+be|has\s+been)\s*)?")


def _line_holders(line: str, group: int | None) -> set[str] | None:
    """Who a sentence says holds or takes a role, not left (卸任, former), lower-cased: the
    name it is said of, and where it is taken, the names before it in its clause (王芳出任
    Lumio 首席技术官: 王芳 takes it); None where it is once said of no one."""
    holders: set[str] = set()
    spans = _name_spans_of(line)
    bound = {start: name for start, _, _, name in bound_roles(line, spans)}
    for start, _, found in roles_in(line):
        if found != group or left(line, start):
            continue
        if start not in bound:
            return None
        holders.add(bound[start])
        if appointed(line, start):
            clause = _CLAUSE_START.search(line, 0, start)
            begin = clause.end() if clause else 0
            holders.update(line[a:b].lower() for a, b in spans if begin <= a and b <= start)
    return holders


def _gives_role(line: str, forms: set[str], group: int) -> bool:
    """Whether a source sentence that names a person may give them the role: it names the
    role and one of the name's forms, and does not say only others hold or take it there
    (Lumio 宣布王芳出任 CEO，李明出任 CTO gives 李明 no CEO)."""
    lowered = line.lower()
    if group not in role_groups_in(line) or not any(form in lowered for form in forms):
        return False
    holders = _line_holders(line, group)
    return holders is None or bool(holders & forms)


#: The last clause mark before a point of a sentence.
_CLAUSE_START = re.compile(r"[，。；：！？,;:!?](?!.*[，。；：！？,;:!?])")


def _aliases_of(name: str) -> frozenset[str]:
    """The alias table's names of a name's entity in the other script (谷歌 for google)."""
    return LATIN_ALIASES.get(name, frozenset()) | CHINESE_ALIASES.get(name, frozenset())
