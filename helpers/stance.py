"""Sentiment toward a target, not of the sentence: per sentence and per speaker.

VADER scores the tone of a whole sentence. Here only the words that bear on
the target count, by four general rules:

1. **Clause scope**: only the clause that holds the mention counts (clauses end
   at ``; : --``, ``but``, ``while``, ``although``, ``, which`` ...; not the "but" of "nothing but", nor the "since"
   of "has long since", nor the period of "U.S." before a lower-case word, rule 67).
2. **Window**: inside the clause, only words within ``window`` words of the mention.
3. **Who does what to whom**: when the target is the clause's subject and does
   something (``NATO condemned the attack``), the words of its predicate are about
   the thing it acts on, so they do not count; when it is *described*
   (``NATO is obsolete``, ``NATO's strength``) or is the object
   (``retaliate against NATO``), they do. After a copula the target is described too
   (``This is the alliance at its best``), and a negator right before it flips the word before it
   (``The problem is not NATO``).
4. **Stance cues** from ``data/lexicons/stance_cues.tsv`` (cooperation and
   confrontation: ``normal relations``, ``retaliate``, ``obsolete`` ...) add
   ``cue_weight`` each; ``distance`` cues (``claims of``) silence what follows;
   ``role`` nouns (``a NATO expert``) make a mention a mere description of a person;
   ``receive`` verbs (``won praise``, ``faced protests``) make the subject the one things happen to.

5. **Anaphora in quotes** (``_Anaphora``): ``it/its/they/them`` and definite descriptions
   (``the decision``, ``this mission``: nouns of kind ``description`` in ``target_aliases.tsv``)
   count as mentions when the nearest preceding candidate noun phrase (in the quote, else the
   attribution sentence, else the sentence before) is a target mention, or when an article sentence
   ties that noun to the target ("NATO ministers approved a plan" -> "the plan").
   Other senses of an alias word ("the governing alliance") are handled in ``helpers.targets``.
9. **Framing idioms** (cue file): "an instrument of", "a machine for", "exists only on paper",
   "a talking shop" criticise the target without any tone word.
10. **Good or harm done to the speaker's side**: what the target does to someone else is set
   aside (rule 2), except when a word for the speaker's side ("our", "us", "this country")
   stands between the mention and the word or within three words after it: "NATO has kept this
   country safe", "the alliance has protected our skies" (``benefit`` cues), "NATO bombed our
   cities" (``harm`` cues) evaluate the target, and are not inside a quote's neutral band.
   So does harm done to a country or city named right after the verb ("the alliance bombed Belgrade",
   ``_harm_to_a_place``).
11. **Mentions without evaluation** (``score_quotes``): a speaker whose quotes never name the
   target but use a word of its topic (``TOPIC_WORDS``: member, membership, allies, Article 5,
   defence spending; "summit" and "alliance" are left to the alias file), in an article about
   the target (named in the headline or in at least ``ABOUT_SHARE`` of its sentences), is
   ``neutral``, not ``not_about_target``.
12. **Event anaphora** (``_Anaphora``): when a sentence of the article reports an act of decision by
   the target ("NATO defence ministers agreed to ...", "the alliance decided ..."), every description
   noun in a quote ("the decision", "the timetable", "the outcome") is the target's, though that sentence
   never used the noun; and "this" (or "That" opening a sentence) before a copula is a pronoun
   ("This is exactly what we asked for").
13. **Purpose questions**: "What is NATO even for now?" questions the target's purpose (negative,
   without any tone word); so does "Why should NATO (still) exist?"; "what is the point of" is a cue.
14. **Scene-setting** (``_scene_start``): a mention after ``at``/``during``/``on the sidelines of`` ("we
   had the president at the NATO summit") only says where or when something happened: when the clause
   names someone else, its words evaluate that one, not the target.
15. **Negated tone words** ("Budapest would not block the plan"): a word whose sign VADER flipped by a
   negation denies something rather than evaluating the target; next to the mention it still stays
   inside a quote's neutral band.
16. **Fixed terms** (cue category ``term``): "gross domestic product", "defense", "in a crisis" are words of
   the subject that VADER reads as tone ("gross" -2.1); their words never count.
17. **A subject the target owns** (``_subject_copula``): in "NATO's air-policing flights over the Baltic are a
   rehearsal for aggression" the predicate is about the target; the window is counted from the copula.
18. **Another possessor** (``_other_possessor``): "Russia's war in Ukraine", "Russia's brutal war": a word owned
   by a capitalised possessor that is not the target evaluates that possessor.
19. **Negating subject** (``_negating_subject``): "No country that is a member of NATO has been invaded": an
   opening "No"/"Nobody" denies a good or harm done later in the clause (and is itself no tone word).
20. **Owner anaphora**: "the alliance's response to the war has made it more capable": an object pronoun whose
   clause opens with the target's possession refers to the target; farther than ``ANAPHOR_REACH`` words from the
   named mention it counts as a mention of its own (its window reaches the predicate).
21. **Near-zero words** (``NEXT_TO_MENTION_MIN``): a word next to the mention lifts a quote out of the neutral
   band only when VADER gives it some weight ("NATO's defensive posture": "defensive" is 0.1).
22. **Quoted fragments** (``_fragment_frame``): a direct quote that opens after a quotation mark in the middle
   of a sentence ("accusing NATO of using the incident as a pretext to \"turn the Baltic into a lake\"") is read
   from the start of its sentence when the words before it name the target.
23. **The target as the speaker** (``_speaker_is_target``): "NATO said it would increase patrols": in an article
   about the target, its own quotes without evaluation are ``neutral``, not ``not_about_target``.
24. **Embedded questions**: after the mention, the words of a "whether ..." clause ("it never asks whether more
   troops make anyone safer") are asked, not asserted, so they do not count.
25. **The target's quality acted on** (``_possessed_object``): "Russia is testing NATO's resolve": the tone word
   the target owns, when another actor's verb or a preposition acts on it, is not the speaker's evaluation.
26. **"like" as a preposition** (``_like_is_a_preposition``): "like everyone else", "allies like Poland" compare;
   VADER's +2.0 for liking does not count.
27. **Appositive acts** (``_Anaphora._appositive``): "NATO will move air defences east, a decision the Kremlin
   denounced as provocative": "a"/"an" + a description noun after a comma sums up the act of the sentence's
   subject, the target; and a lower-case mention followed directly by another subject ("a decision the Kremlin
   denounced", ``_reduced_relative``) is that subject's object, so its verb bears on the target.
28. **Whose claim** (``_NEW_PREDICATE``): a ``distance`` cue ("alleged", "claiming", "what he called") silences what
   follows it, until a coordinated reporting verb starts a new statement ("He alleged that ... and called the
   alliance ..."); in the speaker's own reported speech "what he called" marks the speaker's words, not another's.
   A word before a distance cue that precedes the mention ("stolen material to produce forged documents claiming that
   NATO ...") is about the claim or its maker, and the cue's own words ("reject the premise") are no tone.
29. **Evaluation by structure** (``_with_structures``): rejection ("does not need a mini-NATO"), a rhetorical
   why-question about what the target persists in ("why does it keep stretching its hands to our doorstep?") and a
   complaint of persistence ("the alliance keeps creeping closer") criticise the target without any tone word; a
   demonstration of ability ("the exercise showed what the alliance can do") approves of it.
31. **An organisation's own pronoun** (``_Anaphora.resolve``): "the Russian Defense Ministry said its forces had
   ...": "it"/"its"/"they"/"their" right after the organisation's reporting verb is the organisation, not the target
   named in the sentence before (unless the organisation is the target itself, rule 23).
32. **A poll's figure** (``_POLL_HOLDER``): "58 percent of voters hold a favorable view of the alliance": the attitude
   belongs to the share of people the poll counts, not to the speaker (a polling firm, a reporter) who gives the figure.
33. **Leaving the target** (``_SEPARATION``): "Leaving the alliance would be a grave mistake": the clause evaluates the
   act of leaving (a gerund subject, or an infinitive after the evaluation), so its words count against the target
   with the opposite sign; a call to leave with no evaluation ("we should quit the alliance") is a criticism, and a
   negated one ("we will never leave it") an approval; "could leave NATO if the dispute worsens" is neither.
34. **The subject goes on** (``_Anaphora._previous_subject``): "The alliance is why we sleep at night. It is the only
   guarantee ...": a subject "it"/"they" opening a sentence keeps the previous sentence's subject when that is the
   target, though other nouns stand between (not an expletive "It is clear that ...").
35. **Good or harm done to a whole class** (``_done_to_a_class``): "the alliance protects small countries", "it dragged
   smaller nations into other people's wars": a ``benefit``/``harm`` cue done by the target to a bare plural class
   right after the verb characterises the target, like rule 10 (not "protected the convoy", "its members"); so does one
   done to "each other"/"one another" (the members' mutual support: "allies stand with each other").
36. **The speaker's side as a place** (``_PLACE_BEFORE``): in "they stand on our bridge and protect the police", the
   side word comes after a preposition of place before the cue: it says where the target is, not whom its act is for,
   so rule 10 does not apply (it still does for "kept this country safe", "protected our skies").
37. **The target's effect** (``_CAUSATIVE``, ``_caused_state``): "our membership has made the region more secure", "the
   alliance would make Europe less stable": a causative verb right after the mention (or its membership, expansion,
   presence) leads to a comparative state of its object; that word evaluates the target's effect (counted from the
   verb, outside the neutral band), and "less"/"fewer" before a good word makes it a harm. Not "made the decision to
   help", "made a terrible mistake" (no comparative state of an object).
38. **Membership of the target** (``_MEMBERSHIP``): in an article about the target, a quote that names nothing of it but a
   possessive's "membership"/"accession" ("our membership", "Sweden's accession"; not "EU membership", not "membership
   in the Union") is scored with that noun as its mention, instead of being only topical (rule 11).
39. **Pronoun roles** (``_Anaphora.resolve``): "it" before a negated auxiliary ("said it couldn't do") is a subject, so it
   takes the nearest candidate like any subject pronoun; and "that" before "a"/"an"/"the" ("something that a lot of
   people said") is a relative or a conjunction, not a determiner of a noun phrase that could be an antecedent.
40. **Lack** (``_LACKS``, with rule 29): "the alliance has no plan except more soldiers", "NATO lacks a coherent
   strategy": the target having no plan, strategy, answer or vision is a criticism without a tone word; not "has no
   plans to deploy ..." (an intention denied, often a reassurance).
41. **Instrument refused, purpose fulfilled** (``_NOT_INSTRUMENT``, ``_PURPOSE_DONE``, with rule 29): "the island is not a
   firing range for NATO" (a place denied the role of the target's range, base, pawn, launch pad) criticises the target;
   "this is the alliance doing exactly what it was built to do" approves of it. Neither has a tone word.
42. **Correction** (``_CORRECTION``, with rule 29): "NATO should focus on its own territory rather than taking on new
   commitments", "the alliance must stop expanding": telling the target (its subject, at most two words before the modal)
   to stop what it does, or to do one thing instead of another, faults what it does now.
43. **Quotes that cancel out** (``score_quotes``): when a speaker's quotes about the target have opposite signs and their
   mean falls between the thresholds, the strongest quote decides the label ("the best bargain we ever had" +0.57 and
   "insulting to our allies" -0.49 is not a neutral speaker); the ``mean`` field stays the mean.
44. **What the target stands against** (``_by_construction``): in "NATO is a bulwark against aggression", "a shield from
   coercion", a bad word right after "against"/"from" (at most two words between), after a word that praises the target,
   names what the target opposes; it is not a fault of the target.
45. **The target's own performance** (``_FAILS``, ``_SUCCEEDS``, with rule 29): "NATO has failed to deter Russia", "the
   alliance can no longer protect its members", "has done nothing to stop the war", "broke its promise" criticise the
   target; "has succeeded in", "kept its word", "lived up to", "stood firm" approve of it: the target is the subject (at
   most four auxiliaries, adverbs or member nouns before), but the verb judges how it performs, not what it does to
   something else (rule 3).
46. **A fragment's frame starts at the reported clause** (``_REPORT_OPENER_WORD``, in ``_fragment_frame``): for 'an
   official said the alliance "respects the choice"', the fragment is read from the reported clause ("the alliance ..."),
   not from the sentence start, so the target is the subject there, as in the speaker's own words (rule 3).
47. **What a bad thing harms** (``_HARMED``): in "the alliance has become a threat to peace", "an obstacle to cooperation",
   the good word after a bad one and "to" names what is harmed; it is not praise of the target.
48. **The target as a kind** (``_generic_pattern``): in an article about the target, a quote that names nothing of it but
   "an alliance that cannot agree ..." or "a 'defensive' alliance that bombed ..." (a/an, the head noun of an alias, a
   relative) characterises the target; not where the article uses the word in another sense ("the governing alliance").
   Rule 45 also counts "cannot agree" (an alliance unable to agree is faulted for disunity).
49. **A denied conflict** (``_negating_subject``, extending rule 19): in "None of the allies objected or tried to block the
   plan" the subject "no ..." denies the whole predicate: its confrontation and criticism cues and VADER's bad words are
   denied, not asserted, so they do not count, nor does the "no" (a denial of conflict is no evaluation). Good words keep
   VADER's treatment.
50. **A list of recipients** (``_in_a_list``): "a strong signal to allies and adversaries alike", "friends and foes": a
   confrontation or criticism noun coordinated with the target's side (allies, friends, partners, members) is one item of
   a list, not a word said of the target; nor is the good side of such a list ("friends and enemies of NATO").
51. **"serious" as "significant"** (``_SIGNIFICANT``): after a degree word or determiner and before a noun of effort or
   action ("the most serious step", "a serious commitment") or in "serious about", "serious" is no bad word; it stays bad
   in "a serious threat", "serious concerns".
52. **A reported call to leave** (in ``_by_construction``, rule 33): an indirect quote whose content opens with "NP to
   leave/quit T" ("Greece to quit the alliance", the object-control infinitive of "called for ...") is a call to leave, a
   criticism, like "should leave"; not "to leave NATO headquarters" (a place).
53. **A fragment's frame that refers to the target** (``_fragment_frame``, ``_EVALUATIVE_ACT``): in 'hailed the
   agreement, calling it "the alliance's finest hour"' the frame's tied description shares its clause with the fragment's
   own mention, which the anaphor filter (rule 5) would drop; the fragment is still read from the sentence start, and the
   object of an evaluative speech act in the frame ("welcomed/hailed/condemned the decision") counts as a mention, so the
   verb's cue (object role) bears on the target. Cues 'hailed', 'applaud*', 'commend*'.
54. **A reporter's question** (``_REPORTER``, ``_asked``, in ``score_quotes``): "Is the minister worried about the
   alliance's unity?" asked by a reporter (a speaker named reporter, journalist, correspondent, Q) asserts nothing: a
   mention in a direct question (an auxiliary or wh-word opening a sentence that ends in "?") is not scored; a quote whose
   mentions are all asked scores 0 (the reporter is neutral). Other speakers' rhetorical questions still count (rules 13,
   29).
55. **A protective value** (``_PROTECTIVE``, with rule 29): "the alliance is the only umbrella we can afford", "NATO
   remains our insurance policy": the target as subject, after a copula, is a protective or value noun (umbrella, safety
   net, shield, guarantor, insurance, anchor, investment, bargain; a quotation mark may open the predicate); praise without
   a tone word. Not with a complement for someone else ("a shield for arms makers"), not for the target's possession
   ("NATO's budget is an investment"), not in a compound ("an umbrella organisation"), not after a bad or costly
   modifier ("a costly insurance policy", ``_bad_modifier``).
56. **An affirmed purpose** (``_PURPOSE_BEFORE``, ``_PURPOSE_AFTER``): "That is the point of NATO", "this is what the
   alliance is for", "that is why NATO exists" (a demonstrative subject, after an account of joint action) approve of the
   target; the question forms stay criticisms (rule 13, "what is the point of"), and "not the point of" is no praise, nor
   is a purpose the speaker spells out after it ("That is why NATO exists: to encircle Russia", ``_PURPOSE_STATED``).
57. **Decided at the target's seat** (``_DECIDED_AT``, in ``_scene_start``): "the quota was rubber-stamped at NATO
   headquarters", "approved at the summit": after a decision participle, "at" + the target names by metonymy who decided,
   not a scene (rule 14 does not apply). Cue classes of subservience (rubber-stamp*, nodded through, lapdog, puppet*,
   "does * bidding") and fearmongering (scaremonger*, fearmonger*, "invent* threats", "hyp* the threat").
58. **The target's officials as a body** (``_GROUP_PREDICATE``, in ``_describes_a_person``; aliases "alliance officials",
   "alliance bureaucrats", "alliance headquarters"): "NATO officials were scaremongering", "alliance bureaucrats are
   manufacturing fear": a plural staff noun after the target with a copula of its own is the target's body of officials,
   and what is predicated of it is said of the target; "a NATO official said", "NATO officials warned of a threat" stay a
   person's description (rule 4). Cues "manufactur* panic/fear/hysteria/a crisis/threats" (fearmongering class).
59. **Alone versus inside** (``_ALONE_THEN_WITHIN``, ``_ELLIPSIS_AFTER``, with rule 29): "Malta alone is not a fortress.
   Malta inside NATO is.", "Iceland by itself cannot guard its sea lanes; Iceland with its allies can.": what a country
   cannot do or be alone (a negated clause with alone/on its own/by itself) and can inside the target (the same subject,
   a preposition of membership, the mention, then an elliptical auxiliary) is the target's value. Only the elliptical
   second clause counts ("Malta inside NATO is a target" is not matched); within 200 characters.
60. **A thing the target set up** (S-7; alias file, ``TOPIC_WORDS``): a financing instrument created by the target's
   decision ("the common fund", "the procurement pool", "the facility") is a description noun like "the plan" (rule 12), so
   a government that "would pay into the pool" speaks of the target's decision (neutral, not not_about_target); singular
   "ally" ("every ally walked out with a bill") is a topic word of rule 11 like "allies".
61. **An exemplar** (``_EXEMPLAR``, with rule 29): "This is what burden-sharing looks like", "that is exactly what collective
   defence looks like" (a head noun of solidarity, partnership, deterrence, leadership, commitment, burden-sharing ...)
   holds the act just described up as the model of a good thing: approval, generalising the cue "deterrence looks like".
   It counts only where "This"/"That" refers to the target (rule 12) or the clause names it; "this is what war looks
   like" is not matched.
62. **A denied view of the target** (``_denied_belief``, refining rule 49): "No sailor who has crossed the strait thinks
   the pact is outdated", "No one here believes the pact is a threat": a criticism or confrontation cue, or a bad VADER
   word, in the complement of a verb of belief or saying (think, believe, say, claim, expect ...) whose subject is "no ..."
   and whose complement opens with the target (at most three words between) is denied as a view of the target: a defence
   of it, counted with VADER's negation factor. "No one doubts the alliance is weak" has no such verb and stays rule 49.
63. **The target as pre-modifier of the subject** (``_premodified_head``, extending rule 17): in "Russia said that NATO
   shipping in the strait is a grave danger" the target modifies the subject's head noun as a possessive would; the
   copula's predicate is about it, counted from the copula. Only when the word after the mention is a common noun (not
   a verb: "NATO said", "NATO warns", "NATO sent"), the mention opens its clause (or follows "that"), and no relative,
   modal or verb comes before the copula.
64. **Bad faith and deafness** (``_BAD_FAITH``, with rule 45): "the pact is wilfully overstating the leak", "the
   pact seeks a pretext to ...", "NATO distorts the facts", "the bloc has long since stopped listening":
   with the target as the subject (auxiliaries, a copula or adverbs between), a verb of exaggerating, inflating,
   distorting, fabricating, seeking a pretext or no longer listening accuses the target itself (CAMEO 11 accuse), though
   it is the one acting; "NATO said Moscow was exaggerating" is not matched (another subject between).
65. **A contrasted recipient** (``_LIST_JOINER``, extending rule 50): "a note to partners, not only to
   rivals", "to partners rather than rivals": a confrontation noun contrasted with the target's side is one of the
   addressees, as in a list with "and"; it does not call the target an adversary.
66. **A spelled-out purpose without a bad word; "what T is meant to look like"** (``_benign_purpose``, extending
   rule 56): "That is what the pact is for: towns share their pumps when the river rises" affirms the purpose
   when the clause after the colon or dash holds no bad word (not "That is why NATO exists: to provoke Russia", nor an
   infinitive purpose); "that is what the pact is meant to look like" / "should look like" affirms it as rule 56's "is for" does.
67. **A poll's later figures** (``_POLL_HOLDER``, extending rule 32): in "61 percent like the
   pact, while 40 percent favour scaling back aid to it" the second share has no "of GROUP"; it still holds
   the view its clause reports, so that clause's words are the respondents' view, not the speaker's. The period of an
   initialism ("the U.S. commitment") ends no clause before a lower-case word (rule 1).
68. **The target as destination** (with rule 10): in "the council has no right to drag our valley into the pact", "must
   not be dragged into a bloc that ...", the harm cue "drag ... into" ends at the target (at most three words
   between): the target is where the harm leads, so it counts against the target and a negation before the verb (which
   denies someone's right to do it) does not turn it into praise.
69. **The target as the namer** (``named_from``, with rule 28): in 'NATO said, in what the pact termed a "reckless"
   manoeuvre', the target fills the slot of the distance cue "what * called / described as": the words after it are
   the target's own characterisation of something else, not an evaluation of the target.
70. **Efficacy** (``_SUCCEEDS``, rules 45 and 63): "the pact's radar net works well because crews drill weekly", "the
   deterrent works well": "works because/well" with the target (or up to two nouns it pre-modifies) as the subject
   judges its performance favourably; not "NATO works with partners".
71. **The reporter's question before a fragment** (``_ASKED_OPENER``, in ``_fragment_frame``, with rules 22 and 54):
   in 'Asked if the flotilla meant trouble, she said it was "a visit."' the opening "Asked whether ...,"
   clause is the reporter's question, not the speaker's words: the fragment's frame starts after its comma, so the
   question's words ("provocation") do not leak into the fragment's score.
72. **Repeated promises** (``_PERSISTENCE``, rule 29c): "the members keep pledging more ships", "NATO kept pledging
   more jets": a promise that has to be repeated is one not kept, a complaint like "keeps expanding"; not "NATO keeps its
   promise" (rule 45's kept word).
73. **Less of a good** (``_REDUCTION_BEFORE``): "40 percent favour scaling back aid to the pact", "they
   would scale back their support for NATO": a verb of reducing, cutting, halving, withdrawing or abandoning, at most three
   words before an approval or cooperation cue (no preposition or conjunction between), negates it (VADER's factor), as rule 37 does for "less stable".
74. **A place used as the target's instrument** (``_USED_AS_FOR``, ``_OWNED_INSTRUMENT``, extending rule 41): "stop
   treating the valley as the pact's firing range", "they turned our coast into a launch pad for the alliance": a verb of
   treating, using, turning or making, a place, "as"/"into" and an instrument noun of the target protest against it, as
   the refused role "is not a firing range for NATO" does.

Rule 11's topic words include "allied" but not "member states" (the EU's phrase); rule 10's side word may sit
inside the cue ("drags us into"); an alias right after the target's name (same or next sentence) is the target
even after an ``other_sense`` phrase (``helpers.targets``).

The counted values are summed and squashed like VADER's: ``x / sqrt(x*x + 15)``.

>>> score_text_toward("NATO condemned the attack.", "NATO").label
'neutral'
>>> score_text_toward("Russia would retaliate against NATO troop deployments.", "NATO").label
'negative'
>>> score_text_toward("We need to build normal relations with NATO.", "NATO").label
'positive'
"""
from __future__ import annotations

import bisect
import functools
import math
import re
import statistics
from dataclasses import dataclass, field

CUE_FILE = "stance_cues.tsv"

NOT_ABOUT_TARGET = "not_about_target"
NOT_ENOUGH_EVIDENCE = "not enough evidence"

#: Words that end a clause. Linear regex: alternation of literals.
_CLAUSE_BREAK = re.compile(
    r"[;:()\[\]]|\s-{1,2}\s|(?-i:(?<![A-Z]\.[A-Z]))[.!?](?=\s|$|[\"'])|(?-i:(?<=[A-Z]\.[A-Z])\.(?=\s*$|\s+[^a-z\s]|[\"']))|,\s*(?:and|or|who|which|where|whose)\b|"
    r"(?<!nothing )(?<!anything )(?<!long )\b(?:but|while|whereas|although|though|however|yet|because|since|unless)\b",
    re.I,
)
#: A clause opened by one of these ends at the next comma ("while allies are fearful, Russia ...").
_SUBORDINATORS = frozenset("while whereas although though because since unless".split())
_WORD = re.compile(r"[A-Za-z0-9][\w']*(?:-[\w']+)*")
#: After the mention, these say the target is being described, not acting.
_DESCRIBING = frozenset(
    "is was are were be been being 's remains remain remained seems seem seemed looks look looked "
    "appears appear appeared became become becomes stays stay stayed".split()
)
_AUXILIARIES = frozenset(
    "and or has have had will would could can may might must should shall do does did also still now "
    "not never ever just already again then only even".split()
)
_PREPOSITIONS = frozenset("of from with against to for by on in at toward towards about over into onto among between".split())
_NEGATORS = frozenset("not no never without nor neither cannot".split())
_COMPARATIVES = frozenset("more better stronger greater less".split())
#: Rule 6: feelings the subject has about someone else ("the alliance is grateful to the town"):
#: with the target as the subject they are the target's attitude, not an evaluation of it.
_ATTITUDES = frozenset(
    "grateful thankful proud pleased glad happy delighted concerned worried disappointed alarmed saddened "
    "sorry honoured honored".split()
)
#: Rule 7: "a respectful debate on NATO membership": the target is only the topic of a noun.
_TOPIC_PREPOSITIONS = frozenset("on about over regarding concerning".split())
#: Rule 10: words for the speaker's own side ("NATO has protected our skies", "kept this country safe").
_SPEAKER_SIDE = re.compile(r"\b(?:us|our|ours|we|me|my|this (?:country|nation|region|town|city))\b", re.IGNORECASE)
#: Cue categories of good or harm done to someone (``benefit``, ``harm``): they evaluate the target
#: when the target does them to the speaker's side (rule 10).
_EFFECT_CATEGORIES = frozenset(("benefit", "harm"))


@dataclass(frozen=True)
class StanceCue:
    """One entry of the stance cue lexicon."""

    cue: str
    polarity: int
    target_role: str  # "object" or "either"
    category: str
    reason: str = ""

    @property
    def pattern(self) -> str:
        words = []
        for word in self.cue.lower().split():
            if word == "*":  # a whole word of its own: any one word ("up to * borders": "Russia's", "our")
                words.append(r"[\w'-]+")
            else:
                words.append(re.escape(word[:-1]) + r"[\w-]*" if word.endswith("*") else re.escape(word))
        return r"\s+".join(words)


@dataclass
class StanceSettings:
    """The parameters a user may change (notebook 03's widget has sliders for them)."""

    window: int = 8
    positive_threshold: float = 0.05
    negative_threshold: float = -0.05
    cue_weight: float = 2.0
    min_quotes: int = 1
    #: Neutral band: without any stance cue, generic tone words that add up to less than this
    #: (in VADER units; one mild word like "commitment" 1.6 or "united" 1.8) do not make a stance.
    weak_band: float = 2.0
    #: Let the second reader (``helpers.stance_model``, a model trained on labelled speakers) decide each
    #: speaker's label from the rules' findings and the speaker's words; ``False``: the rules alone.
    second_reader: bool = True

    def label(self, score: float | None) -> str:
        """``positive``/``negative``/``neutral`` by the thresholds (``None`` -> not about the target).

        >>> StanceSettings().label(0.3), StanceSettings().label(0.01), StanceSettings().label(None)
        ('positive', 'neutral', 'not_about_target')
        """
        if score is None:
            return NOT_ABOUT_TARGET
        if score >= self.positive_threshold:
            return "positive"
        if score <= self.negative_threshold:
            return "negative"
        return "neutral"


@dataclass
class Evidence:
    """One word that counted (or was set aside, with the reason)."""

    word: str
    value: float
    source: str  # "vader" or "cue:<category>"
    reason: str = ""
    #: VADER flipped the word's sign by a negation ("would not block the plan"): it denies something
    #: rather than evaluating the target, so being next to the mention does not lift it out of the band.
    negated: bool = False

    def to_dict(self) -> dict:
        return {"word": self.word, "value": round(self.value, 3), "source": self.source, "reason": self.reason}


@dataclass
class TargetedScore:
    """How one text (a sentence or a quote) treats the target."""

    text: str
    compound: float
    score: float | None
    label: str
    counted: list[Evidence] = field(default_factory=list)
    set_aside: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "label": self.label,
            "score": None if self.score is None else round(self.score, 4),
            "counted": [item.to_dict() for item in self.counted],
            "set_aside": [item.to_dict() for item in self.set_aside],
        }


# --------------------------------------------------------------------------
# The cue lexicon
# --------------------------------------------------------------------------

def parse_stance_cues(text: str) -> list[StanceCue]:
    """Read cue lines (``cue<TAB>polarity<TAB>target_role<TAB>category<TAB>reason``); ``#`` lines are comments.

    >>> parse_stance_cues("# a comment\\nrapprochement\\t1\\teither\\tcooperation\\tfriendlier ties")[0].polarity
    1
    """
    return list(_parse_cue_lines(text))


@functools.lru_cache(maxsize=8)
def _parse_cue_lines(text: str) -> tuple[StanceCue, ...]:
    """The cues of a cue file's text, parsed once per distinct text (the file itself is read
    each time, so an edited file is seen at once)."""
    from .resources import tsv_rows

    return tuple(StanceCue(parts[0].lower(), int(parts[1]), parts[2], parts[3], parts[4] if len(parts) > 4 else "")
                 for parts in tsv_rows(text, 4))


def stance_cues_text() -> str:
    """The cue file as text (copy it, edit it, and pass ``parse_stance_cues(edited)`` as ``cues=``)."""
    from .resources import LEXICON_DIR

    return (LEXICON_DIR / CUE_FILE).read_text(encoding="utf-8")


def read_stance_cues() -> list[StanceCue]:
    """The cue lexicon ``data/lexicons/stance_cues.tsv``."""
    return parse_stance_cues(stance_cues_text())


_CUE_CACHE: dict[tuple, "CueMatcher"] = {}
_LAST_MATCHER: list = [None, None, None, ()]  # the cue list object, its length, its matcher, its cues (fast paths)


@dataclass
class CueMatcher:
    """The cue lexicon as regular expressions, longest cue first.

    ``pattern`` is one alternation of every cue. Trying it at every character
    of a text is slow (about 80 cues), so ``by_first`` holds, for each ASCII
    first letter, the same alternation restricted to the cues that can start
    with it; ``starts`` finds the places where a cue can start at all. The
    matches are the same as ``pattern.finditer`` (tested in ``tests/test_speed_equivalence.py``).
    """

    pattern: re.Pattern
    ordered: list[StanceCue]
    by_first: dict[str, re.Pattern]
    starts: re.Pattern

    def finditer(self, text: str):
        """The matches of ``pattern`` in ``text``, left to right, without overlaps."""
        if not self.by_first:
            return
        position = 0
        for start in self.starts.finditer(text):
            at = start.start()
            if at < position:
                continue
            char = text[at]
            # A non-ASCII character may match an ASCII letter case-insensitively: ask the full pattern.
            pattern = self.by_first.get(char.lower()) if char.isascii() else self.pattern
            match = pattern.match(text, at) if pattern is not None else None
            if match is not None:
                position = match.end()
                yield match


def _cue_matcher(cues: list[StanceCue]) -> CueMatcher:
    if _LAST_MATCHER[0] is cues and _LAST_MATCHER[1] == len(cues):
        return _LAST_MATCHER[2]
    # A fresh list of the same cue objects (``read_stance_cues`` on an unchanged file): comparing the objects
    # by identity is much cheaper than hashing every cue (the last tuple is kept, so the objects stay alive).
    last = _LAST_MATCHER[3] if len(_LAST_MATCHER) > 3 else ()
    if len(last) == len(cues) and all(a is b for a, b in zip(last, cues)):
        _LAST_MATCHER[0] = cues
        return _LAST_MATCHER[2]
    key = tuple(cues)
    if key not in _CUE_CACHE:
        _CUE_CACHE[key] = _build_cue_matcher(cues)
    _LAST_MATCHER[:] = [cues, len(cues), _CUE_CACHE[key], key]
    return _CUE_CACHE[key]


def _build_cue_matcher(cues: list[StanceCue]) -> CueMatcher:
    ordered = sorted(cues, key=lambda cue: -len(cue.cue))
    groups = [f"(?P<c{i}>{cue.pattern})" for i, cue in enumerate(ordered)]

    def alternation(indices) -> re.Pattern:
        return re.compile(r"(?<![\w-])(?:" + "|".join(groups[i] for i in indices) + r")(?![\w-])", re.I)

    if not ordered:
        never = re.compile(r"(?!x)x")
        return CueMatcher(never, ordered, {}, never)
    firsts: dict[str, list[int]] = {}
    for i, cue in enumerate(ordered):
        first = cue.cue[:1]
        if not first.isascii() or not first.isalnum():
            break  # an unusual cue: fall back to the full pattern everywhere
        firsts.setdefault(first.lower(), []).append(i)
    else:
        letters = "".join(sorted(firsts))
        by_first = {char: alternation(indices) for char, indices in firsts.items()}
        starts = re.compile(rf"(?<![\w-])(?:[{re.escape(letters)}]|[^\x00-\x7f])", re.I)
        return CueMatcher(alternation(range(len(ordered))), ordered, by_first, starts)
    full = alternation(range(len(ordered)))
    return CueMatcher(full, ordered, {}, full)


# --------------------------------------------------------------------------
# Scoring one text toward the target
# --------------------------------------------------------------------------

def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text`` that holds ``text[start:end]``.

    >>> text = "NATO met, but Russia threatened it."
    >>> a, b = clause_bounds(text, 0, 4); text[a:b]
    'NATO met, '
    """
    return _clause_bounds(text, _ClauseBreaks(text), start, end)


class _ClauseBreaks:
    """Every clause break of a text (``_CLAUSE_BREAK`` matches), found once for all its mentions."""

    def __init__(self, text: str):
        self.matches = list(_CLAUSE_BREAK.finditer(text))
        self.starts = [match.start() for match in self.matches]
        self.ends = [match.end() for match in self.matches]


def _clause_bounds(text: str, breaks: _ClauseBreaks, start: int, end: int) -> tuple[int, int]:
    """``clause_bounds`` with the breaks found beforehand: the last break before the mention
    and the first one after it, found by bisection."""
    clause_start, clause_end = 0, len(text)
    subordinate = False
    before = bisect.bisect_right(breaks.ends, start)  # breaks that end at or before the mention
    if before:
        match = breaks.matches[before - 1]
        clause_start = match.end()
        subordinate = match.group(0).lower() in _SUBORDINATORS
    after = bisect.bisect_left(breaks.starts, end)  # the first break that starts at or after its end
    if after < len(breaks.matches):
        clause_end = breaks.starts[after]
    if subordinate:
        comma = text.find(",", end, clause_end)
        if comma >= 0:
            clause_end = comma
    return clause_start, clause_end


def score_toward(text: str, mentions: list[tuple[int, int]], cues: list[StanceCue] | None = None,
                 settings: StanceSettings | None = None, compound: float | None = None,
                 neutral_band: bool = False, in_quote: bool | str = False) -> TargetedScore:
    """Score ``text`` toward the target mentioned at ``mentions`` (offsets into ``text``).

    ``text`` should have plain typography (``Article.plain``). Without a mention
    (or with only mentions that describe a person, ``a NATO expert``) the
    result is ``not_about_target`` with no score. With ``neutral_band`` (used for
    speakers' quotes), generic tone words without any stance cue that sum to less than
    ``settings.weak_band`` are set aside: one mild word is not a stance. With ``in_quote``
    (a speaker's quote), the ``reported`` cues ("critics say ...") mark the rest of their
    sentence as a view the speaker reports, not their own (rule 8); ``in_quote="indirect"`` (reported or mixed
    speech) also keeps "what he called ..." as the speaker's own words (rule 28).

    >>> score_toward("The alliance is obsolete.", [(0, 12)]).label
    'negative'
    >>> score_toward("A NATO expert praised the plan.", [(2, 6)]).label
    'not_about_target'
    """
    from .vader_explained import explain_vader

    settings = settings or StanceSettings()
    cues = read_stance_cues() if cues is None else cues
    matcher = _cue_matcher(cues)
    if compound is None:
        compound = explain_vader(text, normalise=False, all_tokens=False).compound
    if not mentions:
        return TargetedScore(text, compound, None, NOT_ABOUT_TARGET, [], [])
    words = _Words(text)
    hits = [(match.start(), match.end(), matcher.ordered[int(match.lastgroup[1:])]) for match in matcher.finditer(text)]
    if "?" in text:
        hits = _with_purpose_questions(text, hits)
    hits = _with_structures(text, hits, mentions)
    cue_hits = _CueHits(hits)
    counted: list[Evidence] = []
    set_aside: list[Evidence] = []
    used_mentions = 0
    best: dict[tuple[int, int], Evidence] = {}
    clause_explanations: dict = {}  # several mentions in one clause: explain it once
    breaks = _ClauseBreaks(text)
    for mention_start, mention_end in mentions:
        if _describes_a_person(text, mention_end, cue_hits):
            set_aside.append(Evidence(text[mention_start:mention_end], 0.0, "mention", "describes a person (role noun), not the target"))
            continue
        used_mentions += 1
        clause_start, clause_end = _clause_bounds(text, breaks, mention_start, mention_end)
        for item in _evidence_in_clause(text, words, cue_hits, mention_start, mention_end, clause_start, clause_end, settings,
                                        clause_explanations, in_quote):
            key = (item[0], item[1])
            if key not in best or (best[key].reason and not item[2].reason):
                best[key] = item[2]
    if used_mentions:
        _by_construction(text, words, breaks, mentions, best, settings, in_quote)
    for key in sorted(best):
        (counted if best[key].reason == "" else set_aside).append(best[key])
    if not used_mentions:
        return TargetedScore(text, compound, None, NOT_ABOUT_TARGET, [], set_aside)
    total = sum(item.value for item in counted)
    if (neutral_band and counted and abs(total) < settings.weak_band and all(item.source == "vader" for item in counted)
            and not any(_next_to_mention(text, key, mentions) for key in best
                        if best[key].reason == "" and not best[key].negated and abs(best[key].value) >= NEXT_TO_MENTION_MIN)
            and not any(m_end <= key[0] and _done_to_speaker_side(text, words, m_end, key[0], key[1], _clause_bounds(text, breaks, *key)[1])
                        and not re.search(r"[.!?;]", text[m_end:key[0]])
                        for key in best if best[key].reason == "" for _, m_end in mentions)):
        set_aside.extend(Evidence(item.word, item.value, item.source, "weak generic tone (inside the neutral band)")
                         for item in counted)
        counted, total = [], 0.0
    score = total / math.sqrt(total * total + 15)
    return TargetedScore(text, compound, score, settings.label(score), counted, set_aside)


#: Rule 13: "What is NATO even for now?", "What are the allies for?": asking what the target is for
#: questions its purpose (dev README: questioning NATO's existence is negative). The "for ?" counts as a
#: criticism cue; the question's clause ends at the "?", so only what the question asks about is touched.
_PURPOSE_QUESTION = re.compile(
    r"\bwhat(?:'s|\s+is|\s+are|\s+was|\s+were)\s+[^?.!;:]{1,60}?\s(for)(?:\s+(?:now|today|anymore|any\s+more|these\s+days))?\s*\?",
    re.IGNORECASE)
#: Rule 13 too: "why should NATO exist?", "why does the alliance still exist?" questions its existence.
_EXISTENCE_QUESTION = re.compile(
    r"\bwhy\s+(?:should|does|do|would|must)\s+[^?.!;:]{1,60}?\s(?:(?:still|even|continue\s+to)\s+)?(exist)\b", re.IGNORECASE)
_PURPOSE_CUE = StanceCue("what is ... for?", -1, "either", "criticism",
                         "asking what the target is for questions its purpose (rule 13)")


def _with_purpose_questions(text: str, hits: list) -> list:
    """Rule 13: the cue hits of ``text`` plus one criticism hit on the "for" of each purpose question
    (kept in order; a "for" already inside a cue is left to that cue)."""
    extra = [(match.start(1), match.end(1), _PURPOSE_CUE) for pattern in (_PURPOSE_QUESTION, _EXISTENCE_QUESTION)
             for match in pattern.finditer(text)]
    extra = [hit for hit in extra if not any(a < hit[1] and b > hit[0] for a, b, _ in hits)]
    return sorted(hits + extra, key=lambda hit: hit[0]) if extra else hits


#: Rule 29, **evaluation by structure, without tone words** (each a hit of a criticism cue, placed only when the
#: target stands where the structure needs it):
#: (a) rejection: "The region does not need a mini-NATO", "we don't want the alliance here": a negated need or want
#:     whose object (within three words) is the target; not "does not need to ..." nor "... NATO to leave";
#: (b) a rhetorical why-question about what the target persists in: "Then why does it keep stretching its hands to
#:     our doorstep?", "Why does NATO still need to expand?" (the target right after the auxiliary, then a verb of
#:     persistence or need; "Why did NATO choose Ankara?" is a plain question and is not matched);
#: (c) a complaint of persistence: "the alliance keeps creeping closer", "NATO keeps pushing east": the target
#:     (at most four words before) keeps expanding, approaching or pushing ("continues to" only with a verb of
#:     stealthy approach, "continues to creep": "NATO continues to expand its presence" is plain reporting).
#: (d) a demonstration of ability: "the exercise showed what the alliance can do", "the drills proved that NATO could
#:     defend the sea lanes" (not "could not"): approval of the target, though "defend" is the target's own act.
_REJECTION = re.compile(r"\b(?:does|do|did)(?:\s+not|n't)\s+(?:need|want)\b(?!\s+to\b)", re.IGNORECASE)
_WHY_PERSISTS = re.compile(r"\b(why)\s+(?:does|do|did|would|should|must)\s+(\S+(?:\s+\S+){0,2}?)\s+"
                           r"(?:still\s+|always\s+)?(?:keep|continue|insist|need|want|bother|refuse|persist)\w*[^?.!]*\?",
                           re.IGNORECASE)
_PERSISTENCE = re.compile(r"\b(?:keeps?|kept|keeping)\s+(?:on\s+)?(?:expand\w*|approach\w*|creep\w*|inch\w*|encroach\w*|"
                          r"stretch\w*|edg\w*|push\w*|mov\w*\s+(?:closer|toward|towards|east\w*)|"
                          # rule 72: a promise that has to be repeated is one not kept ("the allies keep promising")
                          r"promis\w*|pledg\w*|vow\w*)|"
                          r"\bcontinu\w*\s+to\s+(?:creep|inch|edge|encroach)\w*", re.IGNORECASE)
_SHOWN_ABLE = re.compile(r"\b(?:show\w*|prov\w*|demonstrat\w*)\s+(?:what|that|how)\s+(\S+(?:\s+\S+){0,2}?)\s+"
                         r"(?:can|could|is\s+able\s+to|was\s+able\s+to)\b(?!\s*(?:not|n't|never)\b)", re.IGNORECASE)
#: (e) lack (rule 40): "NATO has no plan except more soldiers", "the alliance lacks a coherent strategy": the target (at
#:     most four words before) has no plan, strategy, answer or vision; not "has no plans to ..." (an intention denied).
_LACKS = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:no|little)|lack(?:s|ed|ing)?(?:\s+an?)?)\s+(?:(?:clear|real|coherent|credible|serious|"
    r"common|long-term|political)\s+)?(?:plans?|strateg(?:y|ies)|answers?|vision|idea|policy|purpose|direction|"
    r"leadership|solutions?|credibility|clue|coherence|unity)\b(?!\s+to\b)", re.IGNORECASE)
#: (f) refusing to serve (rule 41): "Sardinia is not a firing range for NATO", "our country will not be a launch pad for
#:     the alliance": a place denied the role of the target's instrument (the noun within two words), right before it.
_NOT_INSTRUMENT = re.compile(
    r"\b(?:is|are|was|will|shall|would)(?:\s+not|n't)(?:\s+be)?\s+(?:an?|the|anyone's|somebody's)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:range|ground|playground|base|battlefield|battleground|launch\s*pad|launchpad|springboard|colony|outpost|pawn|chip|"
    r"buffer|polygon|backyard|proxy|toy|tool|carrier|doormat|vassal|appendage)\s+(?:for|of)\s+$", re.IGNORECASE)
#: Rule 74: a place used as the target's instrument: "treating the valley as the pact's firing range", "turned our coast
#: into a launch pad for the alliance" (a verb of treating, using, turning or making, the place, "as"/"into").
_INSTRUMENT_NOUNS = (r"(?:range|ground|playground|base|battlefield|battleground|launch\s*pad|launchpad|springboard|colony|"
                     r"outpost|pawn|buffer|polygon|backyard|proxy|toy|tool|carrier|doormat|vassal|appendage|staging\s+area)")
_USED_AS = r"\b(?:treat\w*|us(?:e|es|ed|ing)|turn(?:s|ed|ing)?|mak(?:e|es|ing)|made)\s+(?:[\w'-]+\s+){1,3}?(?:as|into)\s+"
_USED_AS_FOR = re.compile(_USED_AS + r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?" + _INSTRUMENT_NOUNS + r"\s+(?:for|of)\s+$",
                          re.IGNORECASE)
_USED_AS_BEFORE = re.compile(_USED_AS + r"$", re.IGNORECASE)
_OWNED_INSTRUMENT = re.compile(r"'s\s+(?:[\w-]+\s+)?" + _INSTRUMENT_NOUNS + r"\b", re.IGNORECASE)
_NOT_INSTRUMENT_CUE = StanceCue("is not a firing range for", -1, "either", "criticism",
                                "refusing to be the target's instrument (a range, base, pawn ...): a protest against it (rule 41)")
#: (g) purpose fulfilled (rule 41): "this is the alliance doing exactly what it was built to do": the target (at most four
#:     words before) doing what it was built, designed or founded for.
_PURPOSE_DONE = re.compile(r"\bdoing\s+(?:exactly\s+|precisely\s+|just\s+)?what\s+(?:it|they)\s+(?:was|were|is|are)\s+"
                           r"(?:built|designed|created|founded|meant|made|set\s+up|supposed)\s+(?:to\s+do|for)\b", re.IGNORECASE)
_PURPOSE_DONE_CUE = StanceCue("doing what it was built to do", 1, "either", "approval",
                              "the target doing what it was built for: its purpose fulfilled, a favourable judgement (rule 41)")
#: (h) correction (rule 42): "NATO should focus on its own territory rather than taking on new commitments", "the
#:     alliance must stop expanding": what the target is told to stop (its own conduct: a verb in -ing or "its"/"their"
#:     ...; not "should stop Russia"), or to do instead of what it does, faults it.
_CORRECTION = re.compile(
    r"\b(?:should|must|needs?\s+to|has\s+to|have\s+to|ought\s+to)\s+(?:(?:finally|now|just|simply)\s+)?"
    r"(?:(stop|cease|halt|abandon|drop|refrain)\s+(?=(?:from\s+)?\w+ing\b|its\b|their\b)|[^.;:!?]{1,80}?\b(rather\s+than|instead\s+of)\b)",
    re.IGNORECASE)
_CORRECTION_CUE = StanceCue("should ... rather than", -1, "either", "criticism",
                            "telling the target to stop what it does, or to do something instead: a criticism (rule 42)")
#: (i) performance (rule 45): "NATO has failed to deter Russia", "the alliance can no longer protect its members", "NATO
#:     has done nothing to stop the war", "broke its promise" / "has succeeded in deterring", "kept its word", "lived up to":
#:     with the target as the subject (at most three words before), the verb judges the target's own performance, so it
#:     evaluates the target, though the target is the one acting.
_FAILS = re.compile(
    r"\b(?:fail(?:s|ed|ing)?|(?:has|have|had)\s+done\s+(?:nothing|little)|did\s+(?:nothing|little)|"
    r"does\s+(?:nothing|little)|can(?:not|'t)?\s+(?:no\s+longer|even)|(?:can|could)(?:not|n't|\s+not)\s+agree|could\s+no\s+longer|(?:could|can)(?:not|n't)\s+even|"
    r"br(?:oke|eaks?|eaking|oken)\s+(?:its|their)\s+(?:promises?|word|commitments?|pledges?)|let\s+\w+\s+down|"
    r"f(?:e|a)ll(?:s|en)?\s+short)\b", re.IGNORECASE)
_SUCCEEDS = re.compile(
    r"\b(?:succeed(?:s|ed)?|(?:kept|keeps|keep)\s+(?:its|their)\s+(?:promises?|word|commitments?|pledges?)|"
    r"live[sd]?\s+up\s+to|rose\s+to\s+the\s+(?:challenge|occasion)|(?:stood|stands|held|holds)\s+firm|"
    # rule 70: efficacy, "the pact's radar net works well because ...", "the deterrent works well"
    r"works?(?=\s+(?:(?:precisely|exactly|only|so|very|really)\s+)?(?:because|well)\b)|(?:is|are)\s+working\s+(?:well|as\s+intended))\b",
    re.IGNORECASE)
#: Rule 64: bad faith or deafness as the target's own conduct (with the target as the subject, as in rule 45): "the pact is
#:     wilfully overstating the leak", "the pact seeks a pretext to ...", "NATO distorts the facts",
#:     "the bloc has long since stopped listening": accusation and dismissiveness classes (CAMEO 11 accuse) without a
#:     tone word VADER knows.
_BAD_FAITH = re.compile(
    r"\b(?:exaggerat(?:es?|ed|ing)|inflat(?:es|ed|ing)|distort(?:s|ed|ing)?|misrepresent(?:s|ed|ing)?|"
    r"fabricat(?:es?|ed|ing)|"
    r"look(?:s|ed|ing)?\s+for\s+(?:any|an|a)\s+(?:excuse|pretext)|us(?:es?|ed|ing)\s+\w+(?:\s+\w+)?\s+as\s+(?:an?\s+)?(?:excuse|pretext)|"
    r"(?:long\s+since\s+)?(?:stop(?:ped|s)?|refus(?:es?|ed|ing)\s+to|no\s+longer)\s+listen(?:s|ing)?|"
    r"turn(?:s|ed)?\s+a\s+deaf\s+ear)\b", re.IGNORECASE)
_BAD_FAITH_CUE = StanceCue("is exaggerating", -1, "either", "criticism",
                           "the target exaggerating, distorting, seeking a pretext or no longer listening: an accusation of "
                           "its own bad faith or deafness (rule 64)")
_FAILS_CUE = StanceCue("has failed to", -1, "either", "criticism",
                       "the target failing, doing nothing, no longer able: its own performance judged (rule 45)")
_SUCCEEDS_CUE = StanceCue("has succeeded", 1, "either", "approval",
                          "the target succeeding, keeping its word, standing firm: its own performance judged (rule 45)")
_LACKS_CUE = StanceCue("has no plan", -1, "either", "criticism",
                       "the target has no plan, strategy, answer or vision: a criticism without a tone word (rule 40)")
_SHOWN_ABLE_CUE = StanceCue("showed what ... can do", 1, "either", "approval",
                            "an event that showed what the target can do is a favourable judgement of it (rule 29d)")
_REJECTION_CUE = StanceCue("does not need/want", -1, "object", "criticism",
                           "rejecting the target: a negated need or want whose object is the target (rule 29a)")
_WHY_CUE = StanceCue("why does ... keep ...?", -1, "either", "criticism",
                     "a rhetorical why-question about what the target persists in (rule 29b)")
_PERSISTENCE_CUE = StanceCue("keeps expanding/approaching", -1, "either", "criticism",
                             "a complaint that the target keeps expanding or approaching (rule 29c)")


#: Rule 45: nouns after the target's name that keep it the subject ("NATO leaders failed to agree").
_TARGET_HEADS = frozenset("members member allies leaders countries states governments ministers nations mission missions "
                          "force forces troops led".split())


def _only_auxiliaries_between(text: str, end: int, start: int, be: bool = False) -> bool:
    """Rule 45: between the mention and the verb stand at most four auxiliaries or adverbs ("has", "so far", "once again",
    "repeatedly") or a noun of its members or missions ("NATO leaders", "the NATO-led mission"), and no punctuation but
    a quotation mark: the target is the verb's subject."""
    between = text[end:start]
    if re.search(r"[.!?;:,]", between):
        return False  # a quotation mark may stand between: 'the mission had "once again failed'
    words = [w for w in _WORD.findall(between) if w.lower() != "led"]  # "NATO-led": the name's own adjective
    if words and _premodified_head(text, end):
        # rule 70: "the pact's radar net works ...": up to two nouns the target pre-modifies (rule 63) keep it the subject
        nouns = 0
        while words and nouns < 2 and words[0].islower() and words[0] not in _AUXILIARIES and words[0] not in _DESCRIBING:
            words, nouns = words[1:], nouns + 1
    return len(words) <= 4 and all(w.lower() in _AUXILIARIES or w.lower().endswith("ly") or w.lower() in _TARGET_HEADS
                                   or (be and w.lower() in _DESCRIBING and w.lower() != "'s")
                                   or w.lower() in ("so", "far", "'s", "once") for w in words)


def _with_structures(text: str, hits: list, mentions) -> list:
    """Rule 29: the cue hits of ``text`` plus one criticism hit for each structure (a), (b), (c) whose target
    position holds a mention (kept in order; a span already inside a cue is left to that cue)."""
    low = text.lower()  # plain substring tests first: most texts hold none of the structures' words
    extra = []
    for match in _REJECTION.finditer(text) if "need" in low or "want" in low else ():
        following = min(((start, end) for start, end in mentions if start >= match.end()), default=None)
        if (following is not None and len(_WORD.findall(text, match.end(), following[0])) <= 3
                and not re.match(r"\s+to\b", text[following[1]:following[1] + 4])):
            extra.append((match.start(), match.end(), _REJECTION_CUE))
    for match in _WHY_PERSISTS.finditer(text) if "why" in low else ():
        if any(match.start(2) <= start < match.end(2) for start, _ in mentions):
            extra.append((match.start(1), match.end(1), _WHY_CUE))
    for match in _SHOWN_ABLE.finditer(text) if "show" in low or "prov" in low or "demonstrat" in low else ():
        if any(match.start(1) <= start < match.end(1) for start, _ in mentions):
            extra.append((match.start(), len(text[:match.start(1)].rstrip()), _SHOWN_ABLE_CUE))
    for match in _PERSISTENCE.finditer(text) if "kep" in low or "keep" in low or "continu" in low else ():
        if any(end <= match.start() and len(_WORD.findall(text, end, match.start())) <= 4 for _, end in mentions):
            extra.append((match.start(), match.end(), _PERSISTENCE_CUE))
    for match in _LACKS.finditer(text) if " no " in low or "lack" in low or "little" in low else ():
        if any(end <= match.start() and len(_WORD.findall(text, end, match.start())) <= 4 for _, end in mentions):
            extra.append((match.start(), match.end(), _LACKS_CUE))
            # "lacks a credible policy": the good word is what the target lacks, part of the structure
            hits = [hit for hit in hits if not (match.start() <= hit[0] and hit[1] <= match.end())]
    if " not " in low or "n't" in low:
        for start, end in mentions:
            found = _NOT_INSTRUMENT.search(text, max(0, start - 80), start)
            if found is not None:
                extra.append((found.start(), found.end(), _NOT_INSTRUMENT_CUE))
    if " as " in low or " into " in low:
        for start, end in mentions:
            found = (_USED_AS_FOR.search(text, max(0, start - 90), start)
                     or (_OWNED_INSTRUMENT.match(text, end) and _USED_AS_BEFORE.search(text, max(0, start - 60), start)))
            if found:  # rule 74: the place used as the target's instrument
                extra.append((found.start(), found.end(), _NOT_INSTRUMENT_CUE))
    for match in _PURPOSE_DONE.finditer(text) if "doing" in low else ():
        if any(end <= match.start() and len(_WORD.findall(text, end, match.start())) <= 4 for _, end in mentions):
            extra.append((match.start(), match.end(), _PURPOSE_DONE_CUE))
    for match in _CORRECTION.finditer(text) if "should" in low or "must" in low or " to " in low else ():
        if any(end <= match.start() and len(_WORD.findall(text, end, match.start())) <= 2 for _, end in mentions):
            group = 1 if match.group(1) else 2
            extra.append((match.start(group), match.end(group), _CORRECTION_CUE))
    for pattern, cue in ((_FAILS, _FAILS_CUE), (_SUCCEEDS, _SUCCEEDS_CUE), (_BAD_FAITH, _BAD_FAITH_CUE)):
        for match in pattern.finditer(text):
            if any(end <= match.start() and _only_auxiliaries_between(text, end, match.start(), be=cue is _BAD_FAITH_CUE)
                   for _, end in mentions):
                extra.append((match.start(), match.end(), cue))
                # "broke its promise", "failed to agree": the words of the structure are part of it
                hits = [hit for hit in hits if not (match.start() <= hit[0] and hit[1] <= match.end())]
    if any(noun in low for noun in _PROTECTIVE_HINTS):
        for _, end in mentions:
            match = _PROTECTIVE.match(text, end)
            if match is not None and not _bad_modifier(text[end:match.start(1)]):
                extra.append((match.start(1), match.end(1), _PROTECTIVE_CUE))
    if "alone" in low or " own" in low or "itself" in low or "ourselves" in low or "themselves" in low:
        for start, end in mentions:
            found = _ALONE_THEN_WITHIN.search(text, max(0, start - 200), start)
            if found is not None and found.end() == start and _ELLIPSIS_AFTER.match(text, end):
                extra.append((found.start(2), found.end(2), _ALONE_CUE))
    for match in _EXEMPLAR.finditer(text) if "looks like" in low or "look like" in low else ():
        if match.group(3).lower() in _EXEMPLAR_HEADS:
            # the hit starts at "what": "This" may itself be the mention (rule 12's demonstrative pronoun)
            extra.append((match.start("what"), match.end(), _EXEMPLAR_CUE))
    if "point of" in low or " for" in low or "exist" in low or "suppos" in low or "meant" in low or "should" in low:
        for start, end in mentions:
            before = _PURPOSE_BEFORE.search(text, max(0, start - 40), start)
            if before is not None and (before.group(1) or _PURPOSE_AFTER.match(text, end)) and \
                    (not _PURPOSE_STATED.match(text, end) or _benign_purpose(text, end, hits)):
                extra.append((before.start(), before.end(), _PURPOSE_AFFIRMED_CUE))
    extra = [hit for hit in extra if not any(a < hit[1] and b > hit[0] for a, b, _ in hits)]
    return sorted(hits + extra, key=lambda hit: hit[0]) if extra else hits


#: Rule 55: the target (subject) is, after a copula, a protective or value noun ("the alliance is the only umbrella we can
#: afford", "NATO remains our insurance policy"); not with a complement for someone else ("a shield for arms makers").
_PROTECTIVE_HINTS = ("umbrella", "safety net", "shield", "guarantor", "insurance", "anchor", "investment", "bargain")
_PROTECTIVE = re.compile(
    r"\s+(?:(?:is|was|are|were|remains|remained|has\s+been|have\s+been|will\s+be|would\s+be)\s+)(?:(?:still|always|simply|"
    r"really|also|just)\s+)?[\"\u201c]?(?:the|a|an|our|my|this\s+country's)\s+(?:(?!not\b|no\b)[\w'-]+\s+){0,3}?"
    r"(umbrella|safety\s+net|shield|guarantor|insurance(?:\s+policy)?|anchor|investment|bargain)\b"
    r"(?!\s+(?:organi[sz]ations?|groups?|bod(?:y|ies)|terms?|compan(?:y|ies)|funds?|schemes?|brokers?|firms?)\b)"
    r"(?!\s+(?:for|of|to)\s+(?!us\b|our\b|this\s+country\b|the\s+(?:country|nation|region)\b|everyone\b|all\b))",
    re.IGNORECASE)


def _bad_modifier(words: str) -> bool:
    """Rule 55: a modifier VADER reads as bad (or one of cost, ``_COST_WORDS``) before the value noun ("a costly insurance
    policy", "an expensive umbrella"): no praise."""
    from .vader_explained import _analyzer

    lexicon = _analyzer().lexicon
    return any(lexicon.get(word.lower(), 0) < 0 or word.lower() in _COST_WORDS for word in _WORD.findall(words))


#: Rule 55: modifiers of cost or age that VADER does not score ("an expensive insurance", "an outdated shield").
_COST_WORDS = frozenset("expensive pricey overpriced bloated outdated obsolete so-called supposed".split())


_PROTECTIVE_CUE = StanceCue("is the only umbrella", 1, "either", "approval",
                            "the target as a protective or value noun (umbrella, safety net, insurance ...) after a copula "
                            "praises what it gives (rule 55)")
#: Rule 59: "Estonia alone is not a deterrent. Estonia inside NATO is.", "Iceland by itself cannot guard its sea lanes; Iceland
#: with its allies can": what a country cannot do or be alone, and can inside the target, is the target's value.
_ALONE_THEN_WITHIN = re.compile(
    r"\b(\w+)\s+(?:alone|on\s+(?:its|our|their|my)\s+own|by\s+(?:itself|ourselves|themselves))\s+(?:\w+\s+){0,2}?"
    r"(?:is\s+not|isn't|cannot|can't|could\s+not|couldn't|is\s+no|are\s+not|aren't|would\s+not|wouldn't|will\s+not|won't|"
    r"was\s+not|wasn't)\b[^.!?;]{0,120}[.!?;,]\s*(?:but\s+)?(?:\1\s+)?"
    r"((?:inside|within|in|with|as\s+part\s+of|together\s+with)\s+)(?:its\s+|our\s+|their\s+|the\s+)?$", re.IGNORECASE)
#: Rule 59: the second clause is elliptical: the mention, then a bare auxiliary ("... inside NATO is.", "... with its allies can.").
_ELLIPSIS_AFTER = re.compile(r"\s+(?:is|are|was|can|could|will|would|does|do|has|have)\s*(?:[.!?;,\"'\u201d]|$)", re.IGNORECASE)
_ALONE_CUE = StanceCue("X alone cannot ... X inside T can", 1, "either", "approval",
                       "what a country cannot do or be alone but can inside the target is the target's value (rule 59)")
#: Rule 61: an exemplar statement, "this is what real partnership looks like", "that is what solidarity looks like": the
#: act just described is held up as the model of a good thing (a non-negative head noun); a generalisation of the cue
#: "deterrence looks like". Like any "either" cue it counts only in a clause with the target, within the window.
_EXEMPLAR = re.compile(r"\b(?:this|that)(?:'s|\s+is|\s+was)\s+(?:exactly\s+|precisely\s+)?(?P<what>what)\s+((?:[\w-]+\s+){0,2}?([\w-]+))"
                       r"\s+looks?\s+like\b(?!\s*\?)", re.IGNORECASE)
_EXEMPLAR_HEADS = frozenset("solidarity deterrence partnership leadership unity cooperation burden-sharing commitment "
                            "friendship teamwork defence defense alliance allies resolve strength credibility".split())
_EXEMPLAR_CUE = StanceCue("this is what ... looks like", 1, "either", "approval",
                          "holding the act up as what a good thing (solidarity, partnership, deterrence ...) looks like "
                          "praises it (rule 61)")
#: Rule 56: an affirmed purpose: "That is the (whole) point of NATO", "this is what the alliance is for", "that is why
#: NATO exists" (a demonstrative subject: not "the point of NATO's statement was unclear", not a question).
_PURPOSE_BEFORE = re.compile(r"\b(?:that|this)(?:'s|\s+is|\s+was)\s+(?:exactly\s+|precisely\s+|just\s+)?"
                             r"(?:(the\s+(?:whole\s+|very\s+|entire\s+)?(?:point|purpose)\s+of)|what|why)\s+$",
                             re.IGNORECASE)
_PURPOSE_AFTER = re.compile(r"(?:\s+(?:is|was|are|were)\s+(?:all\s+)?for|\s+exists?|"
                            # rule 66: "that is what the pact is meant to look like"
                            r"\s+(?:is|was|are|were)\s+(?:supposed|meant)\s+to\s+(?:look\s+like|be|do)|"
                            r"\s+should\s+look\s+like)\s*(?:[.!,;:\"'\u201d\u2014]|\s-|$)(?!\s*\?)",
                            re.IGNORECASE)
#: Rule 56: a purpose spelled out after the mention ("That is why NATO exists: to provoke Russia") is the speaker's
#: claim about the purpose, not an affirmation of it.
_PURPOSE_STATED = re.compile(r"(?:\s+exists?|\s+(?:is|was)\s+for)?\s*(?::|\s-{1,2}\s|\u2014|,?\s+(?:to|in\s+order\s+to)\s+\w)",
                             re.IGNORECASE)
def _benign_purpose(text: str, end: int, hits=()) -> bool:
    """Rule 66: a purpose spelled out after "this is what T is for:" that is a clause with no bad word ("towns share
    their pumps when the river rises") affirms it; "to provoke Russia" (a bad word) is the speaker's claim."""
    stated = _PURPOSE_STATED.match(text, end)
    if stated is None or not re.search(r"(?::|\u2014|\s-{1,2}\s)\s*$", stated.group(0)):
        return False  # only a colon or dash introduces the spelled-out purpose; "exists to ..." stays a claim
    rest = re.split(r"(?<=[.!?])\s", text[stated.end():], maxsplit=1)[0]
    if not rest.strip() or re.match(r"\s*(?:to|in\s+order\s+to)\b", rest, re.IGNORECASE):
        return False
    if any(cue.polarity < 0 and stated.end() <= start < stated.end() + len(rest) for start, _, cue in hits):
        return False  # a bad cue in the purpose ("bombing cities", "provoking its neighbours")
    from .vader_explained import explain_vader

    return not any((token.lexicon_value or 0) < 0 for token in explain_vader(rest, normalise=False).tokens)


_PURPOSE_AFFIRMED_CUE = StanceCue("that is the point of", 1, "either", "approval",
                                  "affirming what the target is for, after an account of joint action, approves of it "
                                  "(rule 56; the question 'what is the point of' is a criticism)")


#: Rule 32, **a poll's figure**: "58 percent of Americans hold a favorable view of NATO", "a majority of voters support
#: membership": the attitude belongs to the people polled (a share of them is its holder), not to the speaker who
#: reports the figure. The holder is a share ("N percent", "a majority/minority/share", "most", "half") "of" a
#: group, then within four words a verb of opinion; the group may be left out after a first figure ("while 40 percent
#: favour scaling back ...", rule 67). Not "2 percent of GDP" (no verb of opinion follows).
_POLL_HOLDER = re.compile(
    r"(?:\b\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)|\b(?:an?\s+|the\s+)?(?:(?:large|slim|narrow|clear)\s+)?"
    r"(?:majority|minority|plurality|share|most|half|two-thirds|three-quarters|third|quarter)\b)"
    r"(?:\s+of\s+(?:[\w'-]+\s+){0,4}?|\s+)(?:still\s+|now\s+)?"
    r"(?:support|favou?r|back|oppose|want|hold|have|had|view|approve|trust|reject|say|said|think|believe|see|saw)\w*\b",
    re.IGNORECASE)
#: Rule 33, **leaving the target** (``_SEPARATION``): "Leaving NATO would be the most dangerous mistake", "it would be
#: a disaster to quit the alliance": the clause evaluates the act of leaving, so what it says counts against the
#: target with the opposite sign (the words after a gerund subject, or before an infinitive); with no such evaluation,
#: a call or a resolve to leave ("Slovenia should leave NATO", ``_ADVOCACY``) is itself a criticism, and negated
#: ("we will never leave NATO") an approval; a mere possibility ("Hungary could leave NATO if ...") is neither.
_SEPARATION = re.compile(
    r"\b(?:leav(?:e|es|ing)|quit(?:s|ting)?|exit(?:s|ing)?|abandon(?:s|ing|ed)?|(?:withdraw(?:s|ing|al)?|withdrew|"
    r"pull(?:s|ing|ed)?\s+out)\s+(?:from|of))\s+$", re.IGNORECASE)


#: Rule 47: between a bad word and the good one it harms: "to" and at most two other words ("a threat to regional peace").
_HARMED = re.compile(r"\s+(?:[\w'-]+\s+)?to\s+(?:the\s+|our\s+|their\s+|its\s+)?(?:[\w'-]+\s+)?", re.IGNORECASE)
_AGAINST = re.compile(r"\b(?:against|from)\b", re.IGNORECASE)


#: Rule 33: words before a verb of leaving that make it a call or a resolve to leave ("should leave", "vote to quit").
_ADVOCACY = frozenset("should must shall will would want wants wanted ought need needs demand demands demanded urge urged "
                      "call calls called vote voted votes push pushed time let us".split())


def _by_construction(text: str, words, breaks, mentions, best: dict, settings: StanceSettings,
                     in_quote: bool | str = False) -> None:
    """Rules 32 and 33, on the evidence already found (``best``: span -> Evidence), clause by clause."""
    low = text.lower()
    poll_words = any(w in low for w in ("percent", "per cent", "%", "majority", "minority", "most", "half", "share",
                                        "plurality", "third", "quarter"))
    done = set()
    for mention_start, mention_end in mentions:
        clause_start, clause_end = _clause_bounds(text, breaks, mention_start, mention_end)
        if (clause_start, clause_end) in done:
            continue
        done.add((clause_start, clause_end))
        in_clause = [key for key in best if clause_start <= key[0] < clause_end and not best[key].reason]
        # Rule 44: "NATO is a bulwark against aggression": after a role the target is praised for, what it stands
        # "against" is the thing opposed, not a fault of the target.
        praised = [key for key in in_clause if key[0] >= mention_end and best[key].value > 0]
        for key in in_clause:
            if best[key].value < 0 and praised and min(praised)[1] <= key[0]:
                against = _AGAINST.search(text, min(praised)[1], key[0])
                if against is not None and len(_WORD.findall(text, against.end(), key[0])) <= 2:
                    best[key].reason = "what the target stands against (rule 44), not a fault of the target"
        # Rule 47: "a threat to peace", "an obstacle to cooperation": the good word after a bad one and "to" names what
        # is harmed; it is no praise of the target.
        for key in in_clause:
            if best[key].value > 0 and not best[key].reason:
                harm = next((k for k in in_clause if best[k].value < 0 and not best[k].reason and k[1] <= key[0]
                             and _HARMED.fullmatch(text, k[1], key[0])), None)
                if harm is not None:
                    best[key].reason = f"what the '{best[harm].word}' harms (rule 47), not a praise of the target"
        in_clause = [key for key in in_clause if not best[key].reason]
        if poll_words:
            holder = _POLL_HOLDER.search(text, clause_start, clause_end)
            if holder is not None and holder.start() < mention_start:
                for key in in_clause:
                    if key[0] >= holder.start():
                        best[key].reason = "the view of the people a poll counts (rule 32), not the speaker's"
                continue
        separation = _SEPARATION.search(text, max(clause_start, mention_start - 40), mention_start)
        if separation is None:
            continue
        verb = (separation.start(), separation.end() - len(separation.group(0)) + len(separation.group(0).rstrip()))
        for key in in_clause:
            if key[0] < verb[1] and key[1] > verb[0]:
                best[key].reason = "part of a verb of leaving the target (rule 33)"
        before_verb = [text[a:b].lower() for a, b in _words_between(words, clause_start, verb[0])]
        gerund_subject = text[verb[0]:verb[1]].split()[0].lower().endswith("ing") and len(before_verb) <= 1
        infinitive = bool(before_verb) and before_verb[-1] == "to"
        # the clause evaluates the act of leaving: "Leaving NATO would be a mistake" (a gerund subject, the words after
        # the mention), "It would be a disaster to quit NATO" (an infinitive, the words before the verb)
        predicate = [key for key in in_clause if not (key[0] < verb[1] and key[1] > verb[0])
                     and (gerund_subject and key[0] >= mention_end or infinitive and key[1] <= verb[0])]
        if predicate:
            for key in predicate:
                evidence = best[key]
                best[key] = Evidence(evidence.word, -evidence.value, evidence.source if evidence.source != "vader" else "cue:leaving",
                                     "", evidence.negated)
        elif any(word in _ADVOCACY for word in before_verb[-4:]) or (
                in_quote == "indirect" and infinitive and 2 <= len(before_verb) <= 4 and not text[:clause_start].strip()
                and text[clause_start:verb[0]].lstrip(" \"'")[:1].isupper()
                and not re.match(r"(?:'s)?\s+(?:headquarters|hq|summit|meeting|talks|base)\b", text[mention_end:], re.I)):
            # Rule 52: a reported appeal whose content opens the text, "Belgium to leave the alliance" (the object-
            # control infinitive of "called for ..."), is a call to leave, like "should leave".
            # a call or a resolve to leave ("we should quit the alliance"); negated ("we will never leave") it flips
            negated = any(word in _NEGATORS or word.endswith("n't") for word in before_verb[-3:])
            best[verb] = Evidence(text[verb[0]:verb[1]], -settings.cue_weight * (-0.74 if negated else 1), "cue:criticism", "")


#: Rule 21: a word next to the mention lifts a quote out of the neutral band only when VADER gives it at least
#: this much ("defensive" 0.1 in "NATO's defensive posture" is a description, not an evaluation).
NEXT_TO_MENTION_MIN = 0.3


def _next_to_mention(text: str, span: tuple[int, int], mentions, reach: int = 2) -> bool:
    """A word at most ``reach`` words from a mention ("a good summit", "a stronger NATO") evaluates
    the target directly, so the neutral band does not apply to it."""
    for start, end in mentions:
        between = text[span[1]:start] if span[1] <= start else text[end:span[0]]
        if len(_WORD.findall(between)) < reach:
            return True
    return False


def _describes_a_person(text: str, mention_end: int, cue_hits) -> bool:
    """``NATO expert``, ``NATO Secretary General``: a role noun right after the mention."""
    for start, end, cue in _hits_starting_in(cue_hits, mention_end, mention_end + 2):
        if cue.category == "role" and 0 <= start - mention_end <= 1 and text[mention_end:start].strip() == "":
            # Rule 58: "NATO officials were scaremongering": a plural staff noun with a predicate of its own (a copula
            # right after) is the target's body of officials, criticised or praised as the target
            return not (text[start:end].lower().endswith("s") and _GROUP_PREDICATE.match(text, end))
    return False


#: Rule 58: a copula right after a plural role noun ("officials were", "bureaucrats are", "officials have been").
_GROUP_PREDICATE = re.compile(r"\s+(?:are|were|have\s+been|had\s+been|keep|kept)\b", re.IGNORECASE)


class _CueHits(list):
    """The ``(start, end, cue)`` of every cue found in a text, left to right (they do not overlap,
    so their ends are in order too), with starts and ends kept apart for ``bisect``: the cues of
    one clause are found without looking at all the others (a long quote has many)."""

    def __init__(self, hits):
        super().__init__(hits)
        self.starts = [start for start, _, _ in self]
        self.ends = [end for _, end, _ in self]
        self.receivers = [(start, end) for start, end, cue in self if cue.category == "receive"]


def _hits_starting_in(cue_hits, low: int, high: int) -> list:
    """The cue hits that start at or after ``low`` and before ``high``, in order."""
    if isinstance(cue_hits, _CueHits):
        return cue_hits[bisect.bisect_left(cue_hits.starts, low):bisect.bisect_left(cue_hits.starts, high)]
    return [hit for hit in cue_hits if low <= hit[0] < high]


def _hits_ending_in(cue_hits, low: int, high: int) -> list:
    """The cue hits that end after ``low`` and at or before ``high``, in order."""
    if isinstance(cue_hits, _CueHits):
        return cue_hits[bisect.bisect_right(cue_hits.ends, low):bisect.bisect_right(cue_hits.ends, high)]
    return [hit for hit in cue_hits if low < hit[1] <= high]


def _reported_reach(words, mention_start: int) -> int:
    """Rule 8 needs at most four words between a ``reported`` cue and the mention: a cue must end
    after the start of the fifth word before the mention (-1: any cue before it may do)."""
    if not isinstance(words, _Words):
        return -1
    before = words.ending_by(mention_start)
    return words[before - 5][0] if before >= 5 else -1


class _Words(list):
    """The ``(start, end)`` of every word of a text, in order, with their starts and ends
    kept apart for ``bisect`` (so finding the words around an offset takes no scan)."""

    def __init__(self, text: str):
        super().__init__(match.span() for match in _WORD.finditer(text))
        self.starts = [start for start, _ in self]
        self.ends = [end for _, end in self]

    def from_offset(self, offset: int) -> int:
        """Index of the first word that starts at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def ending_by(self, offset: int) -> int:
        """Number of words that end at or before ``offset``."""
        return bisect.bisect_right(self.ends, offset)


def _word_index(words, offset: int) -> int:
    starts = words.starts if isinstance(words, _Words) else [start for start, _ in words]
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _words_from(words, offset: int, count: int | None = None) -> list:
    """The words that start at or after ``offset`` (only the first ``count`` of them when given:
    copying every later word of a long quote for each look-ahead would make it quadratic)."""
    if isinstance(words, _Words):
        first = words.from_offset(offset)
        return words[first:] if count is None else words[first:first + count]
    found = [w for w in words if w[0] >= offset]
    return found if count is None else found[:count]


def _words_between(words, low: int, high: int, last: int | None = None) -> list:
    """The words that start at or after ``low`` and end at or before ``high`` (only the last
    ``last`` of them when given, so a look-back costs the same however far ``low`` is)."""
    if isinstance(words, _Words):
        first, stop = words.from_offset(low), words.ending_by(high)
        if last is not None:
            first = max(first, stop - last)
        return words[first:stop]
    found = [(a, b) for a, b in words if low <= a and b <= high]
    return found if last is None else found[len(found) - last:] if len(found) > last else found


def _target_described(text: str, words, mention_end: int) -> bool:
    """``NATO is ...``, ``NATO's ...``, ``NATO and Russia have been ...``: what follows describes the target."""
    if text[mention_end:mention_end + 2] == "'s":
        return True
    for a, b in _words_from(words, mention_end, 4):
        word = text[a:b]
        if word.lower() in _DESCRIBING:
            return True
        # "the allies had rarely looked so united": an adverb between the auxiliary and the copula
        if not (word.lower() in _AUXILIARIES or word[:1].isupper() or word.lower().endswith("ly")):
            return False
    return False


def _is_predicate(before: list[str]) -> bool:
    """Rule 3b: after a copula ("This is the alliance at its best", "The problem is not NATO") the
    target is what the subject is said to be: described, not doing something."""
    return bool(before) and (before[-1] in _DESCRIBING or before[-1] in _NEGATORS and len(before) > 1 and before[-2] in _DESCRIBING)


def _negated_before_target(text: str, words, end: int, mention_start: int) -> bool:
    """Rule 3c: "The problem is not NATO": a negator right before the mention (after the evaluative
    word) denies the evaluation of the target, so the word's value flips like a VADER negation."""
    between = [text[a:b].lower() for a, b in _words_between(words, end, mention_start, last=4)]
    return bool(between) and between[-1] in _NEGATORS and len(between) <= 3


def _reduced_relative(text: str, words, mention_start: int, mention_end: int) -> bool:
    """Rule 27b: "a decision the Kremlin denounced", "the alliance Moscow fears": a lower-case noun phrase (an
    alias or anaphor) followed directly by another subject (a name, or "the ...") is the object of that
    subject's verb, so the verb's words bear on the target."""
    if not text[mention_start:mention_start + 1].islower():
        return False
    after = _words_from(words, mention_end, 1)
    if not after or text[mention_end:after[0][0]].strip():
        return False
    word = text[after[0][0]:after[0][1]]
    if word == "the":
        return True
    if not word[:1].isupper() or word == "I":
        return False
    # "a move Moscow called ...", not an apposition of names ("the allies Poland and Lithuania")
    verb = _words_from(words, after[0][1], 1)
    return bool(verb) and not text[after[0][1]:verb[0][0]].strip() and text[verb[0][0]:verb[0][1]].islower() and \
        text[verb[0][0]:verb[0][1]] not in ("and", "or", "of", "to", "in")


def _target_acts(text: str, words, mention_start: int, mention_end: int, clause_start: int, receivers) -> bool:
    """True when the target opens its clause and does something (``NATO condemned ...``).

    Not when a preposition comes just before it (``scientists from Russia``), nor
    when its verb is one of receiving (``the mayor faced angry protesters``, ``won praise``).
    """
    before = [text[a:b].lower() for a, b in _words_between(words, clause_start, mention_start, last=3)]
    if len(before) > 2 or (before and (before[-1] in _PREPOSITIONS or _is_predicate(before))):
        return False
    after = _words_from(words, mention_end, 3)
    if not after or _target_described(text, words, mention_end):
        return False
    verb = next(((a, b) for a, b in after[:3] if text[a:b].lower() not in _AUXILIARIES and not text[a:b].endswith("ly")), after[0])
    return not any(start <= verb[0] < end for start, end in receivers)


def _topic_noun(text: str, words, clause_start: int, mention_start: int) -> tuple[int, int] | None:
    """Rule 7: the noun whose topic the target is ("debate on NATO membership", "talks about the
    alliance"): the word before ``on/about/over/...`` when at most two words (``the``, ``its``)
    stand between that preposition and the mention. ``None`` otherwise."""
    before = _words_between(words, clause_start, mention_start, last=4)
    lowered = [text[a:b].lower() for a, b in before]
    for k in range(len(before) - 1, max(-1, len(before) - 4), -1):
        if lowered[k] in _TOPIC_PREPOSITIONS:
            if k >= 1 and text[before[k - 1][0]:before[k - 1][1]].islower() and lowered[k - 1] not in _DESCRIBING | _AUXILIARIES:
                return before[k - 1]
            return None
    return None


#: Rule 14, **scene-setting**: "Thank goodness we had the president at the NATO summit", "At today's NATO
#: summit, the president displayed ...": a mention after ``at``/``during``/``on the sidelines of``/``ahead of``
#: (at most three words between, such as "the", "today's") says where or when something happened; the
#: clause's words evaluate what happened there, not the target. Not when a word between them evaluates
#: it ("at a successful NATO summit").
_SCENE_PREPOSITIONS = frozenset(("at", "during"))
_SCENE_OF = frozenset(("sidelines", "margins", "eve", "ahead"))
_SCENE_FILLERS = frozenset("the this that a an last next its their our annual latest".split())


def _someone_else_in(text: str, words, clause_start: int, clause_end: int, scene: int, mention_end: int) -> bool:
    """Rule 14 needs someone the clause is about besides the scene: a capitalised word that does not
    open the clause ("President Trump", "@POTUS") or "he"/"she" outside the scene phrase. "A huge win at
    the NATO summit" has no one else: the win is the summit's."""
    for a, b in _words_between(words, clause_start, clause_end):
        if scene <= a < mention_end:
            continue
        word = text[a:b]
        if word.lower() in ("he", "she") or word[:1].isupper() and word != "I" and a > clause_start + 1 and not (
                _SENTENCE_END_BEFORE.search(text[max(clause_start, a - 3):a]) or text[clause_start:a].strip() == ""):
            return True
    return False


#: Rule 57: a decision participle right before "at" + the target's seat ("approved at NATO headquarters", "signed off at
#: the summit"): by metonymy the place is the agent of the decision, not a scene.
_DECIDED_AT = re.compile(r"\b(?:approved|decided|drafted|agreed|adopted|signed\s+off|rubber-stamped|rubberstamped|"
                         r"nodded\s+through|waved\s+through|dictated|imposed|set|written)\s+$", re.IGNORECASE)


def _scene_start(text: str, words, clause_start: int, mention_start: int) -> int | None:
    """Rule 14: the start of the scene preposition before the mention, or ``None``."""
    before = _words_between(words, clause_start, mention_start, last=4)
    lowered = [text[a:b].lower() for a, b in before]
    for k in range(len(before) - 1, -1, -1):
        word = lowered[k]
        if word in _SCENE_PREPOSITIONS or word == "of" and k and lowered[k - 1] in _SCENE_OF:
            if word == "at" and _DECIDED_AT.search(text, max(0, before[k][0] - 40), before[k][0]):
                return None  # rule 57: "rubber-stamped at NATO headquarters": the place names who decided
            return before[k][0]
        if not (word in _SCENE_FILLERS or word.endswith("'s")):
            return None
    return None


def _evidence_in_clause(text, words, cue_hits, mention_start, mention_end, clause_start, clause_end, settings,
                        explanations: dict | None = None, in_quote: bool = False):
    """Yield ``(start, end, Evidence)`` for every sentiment word and cue in the mention's clause.

    ``explanations`` keeps VADER's explanation of each clause already explained (by its bounds).

    Rule 7: when the target is only the topic of a noun ("a calm and respectful debate on NATO
    membership"), the words up to that noun evaluate the noun (and what the clause does with it),
    not the target; unless the noun itself is evaluative ("criticism of", "worries about")."""
    items = list(_clause_evidence(text, words, cue_hits, mention_start, mention_end, clause_start, clause_end, settings,
                                  explanations, in_quote))
    scene = _scene_start(text, words, clause_start, mention_start)
    if scene is not None and _someone_else_in(text, words, clause_start, clause_end, scene, mention_end) and not any(scene <= a < mention_start and not ev.reason for a, b, ev in items):
        for a, b, ev in items:
            if not ev.reason and not mention_start <= a < mention_end:
                ev.reason = "the target is only where or when it happened (a scene), not what is evaluated"
    topic = _topic_noun(text, words, clause_start, mention_start)
    if topic is not None and not any(a < topic[1] and b > topic[0] and not ev.reason for a, b, ev in items):
        for a, b, ev in items:
            if not ev.reason and b <= topic[1]:
                ev.reason = f"about the {text[topic[0]:topic[1]]} the target is the topic of, not the target"
    return items


#: Rule 28: a coordinated reporting verb after a distance cue ("He alleged that voters had been kept away and called
#: the alliance ...") starts a new statement of the speaker: the claim the cue marked has ended before it.
_NEW_PREDICATE = re.compile(r"\band\s+(?:called|said|added|described|accused|urged|warned|told|branded|labell?ed|dismissed)\b",
                            re.IGNORECASE)


#: Rule 37, **the target's effect** ("made the region more secure", "would make Europe less stable"): a causative verb
#: right after the mention (or after its membership, expansion, presence ...); the adjective it leads to evaluates
#: the target's effect, counted from the verb, and "less" before a good word makes it a harm.
_CAUSATIVE = re.compile(r"(?:'s)?(?:\s+(?:membership|accession|expansion|enlargement|presence|troops|deployments?))?"
                        r"\s+(?:(?:has|have|had|will|would|could|can|may|might|should|must|did|does|do|also|already|only|"
                        r"just|really|truly)\s+){0,3}(?:make|makes|made|making|render|renders|rendered|brought|brings|bring|gave|gives|give|"
                        r"offered|offers|delivered|delivers)\s", re.IGNORECASE)
_LESS_BEFORE = re.compile(r"\b(?:less|fewer)\s+$", re.IGNORECASE)


def _caused_state(text: str, verb_end: int, start: int, end: int) -> bool:
    """Rule 37: the word at ``[start, end)`` is the state the causative verb ending at ``verb_end`` brings its object to:
    a comparative ("more secure", "less stable", "safer"), with an object between and no "to" or "that" (not "made the
    decision to help", not "made a terrible mistake")."""
    between = text[verb_end:start]
    if not between.strip() or re.search(r"\b(?:to|that|which|who)\b", between, re.IGNORECASE):
        return False
    if re.search(r"\bnothing\s+but\s+(?:[\w'-]+\s+)?$", between, re.IGNORECASE):
        return True  # "brought the country nothing but war": all the target gave is that
    if not re.search(r"\b(?:make|made|makes|making|render\w*)\s$", text[max(0, verb_end - 12):verb_end], re.IGNORECASE):
        return False  # a verb of giving leads to a state only through "nothing but"
    return bool(re.search(r"\b(?:more|less|fewer)\s+$", between, re.IGNORECASE)) or text[start:end].lower().endswith("er")


def _clause_evidence(text, words, cue_hits, mention_start, mention_end, clause_start, clause_end, settings,
                     explanations: dict | None = None, in_quote: bool = False):

    mention_first = _word_index(words, mention_start)
    mention_last = _word_index(words, max(mention_start, mention_end - 1))
    receivers = (cue_hits.receivers if isinstance(cue_hits, _CueHits)
                 else [(start, end) for start, end, cue in cue_hits if cue.category == "receive"])
    acts = _target_acts(text, words, mention_start, mention_end, clause_start, receivers)
    predicate = _is_predicate([text[a:b].lower() for a, b in _words_between(words, clause_start, mention_start, last=2)])
    described = (_target_described(text, words, mention_end) or predicate
                 or not acts and any(start >= mention_end for start, _ in receivers)
                 or _reduced_relative(text, words, mention_start, mention_end))
    silenced_from = None
    claim_starts = []  # rule 28b: where the distance cues before the mention start
    named_from = None  # rule 69: "in what the pact termed a 'reckless' manoeuvre": the target names something else
    for start, end, cue in _hits_starting_in(cue_hits, clause_start, clause_end):
        if cue.category == "distance" and cue.cue.startswith("what ") and start < mention_start and mention_end <= end:
            named_from = end if named_from is None else min(named_from, end)
        if cue.category == "distance" and end <= mention_start:
            if in_quote == "indirect" and cue.cue.startswith("what "):
                continue  # rule 28: "what he called" in the speaker's own reported speech marks the speaker's words
            if _NEW_PREDICATE.search(text, end, mention_start):
                continue  # rule 28: "He alleged that ... and called the alliance ...": the claim ended before
            silenced_from = start if silenced_from is None else min(silenced_from, start)
            if not cue.cue.startswith("what "):  # "condemned what he called NATO's ...": the word acts on the target
                claim_starts.append(start)
    # Rule 8 (quotes only): "Critics say the alliance is a relic": a reported view, in the same sentence.
    for start, end, cue in _hits_ending_in(cue_hits, _reported_reach(words, mention_start), mention_start) if in_quote else ():
        if (cue.category == "reported" and not re.search(r"[.!?;]", text[end:mention_start])
                and len(_words_between(words, end, mention_start, last=5)) <= 4):
            silenced_from = clause_start if silenced_from is None else min(silenced_from, clause_start)

    copula = _subject_copula(text, words, mention_start, mention_end, clause_start, clause_end, settings.window)
    reach_from = mention_last if copula is None else copula

    def distance(start: int) -> int:
        index = _word_index(words, start)
        if index < mention_first:
            return mention_first - index
        # Rule 17: "NATO's air-policing flights over the Baltic are a rehearsal for aggression": the predicate
        # of a subject the target owns (or is) is about it, counted from the copula.
        return max(0, index - (reach_from if index > reach_from else mention_last))

    def done_to_speaker_side(start: int, end: int) -> bool:
        return (_done_to_speaker_side(text, words, mention_end, start, end, clause_end)
                or _harm_to_a_place(text, words, start, end, cue_hits) or _done_to_a_class(text, start, end, cue_hits))

    embedded = _WHETHER.search(text, mention_end, clause_end) if "hether" in text else None  # rule 24
    causative = (_CAUSATIVE.match(text, mention_end) if "mak" in text or "made" in text or "render" in text or "nothing" in text
                 else None)
    causative_at = _word_index(words, causative.end()) if causative is not None and causative.end() < clause_end else None
    possessed_object = _possessed_object(text, words, mention_start, mention_end, clause_start)  # rule 25

    def why_not(start: int, end: int, target_is_doer: bool = False, any_role: bool = False, effect: bool = True) -> str:
        if start < mention_end and end > mention_start:
            return "part of the target's name"
        if embedded is not None and start >= embedded.end():
            return "inside an embedded question ('whether ...'): asked, not asserted"
        if (causative_at is not None and start >= causative.end() and _word_index(words, start) - causative_at <= settings.window
                and _caused_state(text, causative.end(), start, end)):
            return ""  # rule 37: "membership has made the region more secure": the target's effect, evaluated
        if distance(start) > settings.window:
            return f"more than {settings.window} words from the mention"
        owner = _other_possessor(text, words, start, clause_start, mention_start, mention_end)
        if owner:
            return f"about {owner} (its possessor), not the target"
        if named_from is not None and start >= named_from:
            return "what the target itself calls something else (rule 69), not said of the target"
        if silenced_from is not None and start >= silenced_from:
            return "inside someone else's claim (distance cue)"
        if end <= mention_start and any(claim >= end for claim in claim_starts):
            return "about the claim or its maker (a distance cue stands between it and the target)"
        if start >= mention_end and acts and not any_role and not (effect and done_to_speaker_side(start, end)):
            return "what the target does to something else"
        if start >= mention_end and text[start:end].lower() in _ATTITUDES and _target_described(text, words, mention_end):
            return "the target's own feeling about something else, not an evaluation of it"
        if target_is_doer and not (effect and done_to_speaker_side(start, end)):
            return "the target is the one doing it, not the one it is done to"
        return ""

    cue_spans = []
    opener = _negating_subject(text, words, clause_start, clause_end)
    opener_used = False
    for start, end, cue in _hits_starting_in(cue_hits, clause_start, clause_end):
        if end > clause_end:
            continue
        if cue.category == "term":  # rule 16: a fixed term's tone words ("gross domestic product") say nothing
            cue_spans.append((start, end))
            yield start, end, Evidence(text[start:end], 0.0, "cue:term", "a fixed term of the subject, not an evaluation")
            continue
        if cue.polarity == 0:
            if cue.category == "distance":
                cue_spans.append((start, end))  # rule 28b: "reject the premise", "alleged": the cue's own words are no tone
            continue
        cue_spans.append((start, end))
        value = cue.polarity * settings.cue_weight
        if (opener is not None and start >= opener[1] and cue.polarity < 0 and cue.category in ("criticism", "confrontation")
                and _denied_belief(text, opener[1], mention_start, mention_end, start)):
            # Rule 62: "No sailor who has crossed the strait thinks the pact is outdated": the denied view of the target
            # is a defence of it (a negation of the criticism, VADER's factor).
            opener_used = True
            value *= -0.74
            yield start, end, Evidence(text[start:end], value, f"cue:{cue.category}",
                                       why_not(start, end, False, cue.target_role == "either"))
            continue
        if (opener is not None and start >= opener[1] and cue.polarity < 0
                and cue.category not in _EFFECT_CATEGORIES):
            # Rule 49: "None of the allies objected or tried to block the plan": a clause whose subject is "no ..."
            # denies the conflict; that denial is no evaluation (VADER's flip would make it praise).
            opener_used = True
            yield start, end, Evidence(text[start:end], value, f"cue:{cue.category}",
                                       "denied by the clause's subject 'no ...' (rule 49), not an evaluation")
            continue
        if cue.polarity < 0 and cue.category in ("confrontation", "criticism") and _in_a_list(text, start, end):
            # Rule 50: "a signal to allies and adversaries alike": a confrontation noun joined to the target's
            # name by and/or lists recipients; it does not call the target an adversary.
            yield start, end, Evidence(text[start:end], value, f"cue:{cue.category}",
                                       "listed next to the target ('allies and adversaries', rule 50), not said of it")
            continue
        preceding = [text[a:b].lower() for a, b in _words_between(words, 0, start, last=3)]
        negated = [i for i, word in enumerate(preceding) if word in _NEGATORS or word.endswith("n't")]
        # "never been more relevant", "not less than": a negated comparative is a superlative, not a negation.
        destination = (cue.category == "harm" and cue.cue.endswith(" into") and end <= mention_start
                       and len(_WORD.findall(text, end, mention_start)) <= 3)
        if (cue.polarity > 0 and cue.category in ("approval", "cooperation")
                and _REDUCTION_BEFORE.search(text, max(0, start - 45), start)):
            value *= -0.74  # rule 73: "reduce the commitment to NATO": less of a good toward the target
        elif destination:
            pass  # rule 68: "no right to drag us into NATO": the target is where the harm leads, whoever may do it
        elif negated and not any(word in _COMPARATIVES for word in preceding[negated[-1] + 1:]):
            value *= -0.74  # VADER's negation factor
        elif opener is not None and start >= opener[1] and cue.category in _EFFECT_CATEGORIES:
            value *= -0.74  # rule 19: "No country that is a member of NATO has been invaded"
            opener_used = True
        target_is_doer = (start >= mention_end and not described) or (end <= mention_start and re.search(r"\bby\b", text[end:mention_start]))
        reason = why_not(start, end, cue.target_role == "object" and bool(target_is_doer), cue.target_role == "either",
                         cue.category in _EFFECT_CATEGORIES)
        yield start, end, Evidence(text[start:end], value, f"cue:{cue.category}", reason)

    clause = text[clause_start:clause_end]
    explanations = {} if explanations is None else explanations
    if (clause_start, clause_end) not in explanations:
        explanations[(clause_start, clause_end)] = _explain_clause(clause)
    explanation = explanations[(clause_start, clause_end)]
    if opener is not None and not opener_used:  # rule 49: the opening "no" is no tone word once it denies a bad word
        offset = opener[1] - clause_start
        opener_used = any((token.lexicon_value or 0) < 0 and clause.find(token.token, offset) >= 0
                          for token in explanation.tokens[1:])
    cursor = 0
    for token in explanation.tokens:
        found = clause.find(token.token, cursor)
        if found < 0:
            continue
        cursor = found + len(token.token)
        start, end = clause_start + found, clause_start + cursor
        if not token.valence or any(a < end and b > start for a, b in cue_spans):
            continue
        reason = "part of a proper name" if _in_proper_name(text, words, start) else why_not(start, end)
        if not reason and token.token.lower() == "like" and _like_is_a_preposition(text, words, start, end):
            reason = "'like' as a preposition (a comparison), not a liking"
        if not reason and possessed_object is not None and possessed_object[0] <= start < possessed_object[1]:
            reason = "the target's own quality, named as what someone else acts on (not evaluated by the speaker)"
        if (not reason and opener is not None and start >= opener[1] and (token.lexicon_value or 0) < 0
                and _denied_belief(text, opener[1], mention_start, mention_end, start)):
            opener_used = True  # rule 62: "nobody believes the alliance is weak" defends it
            yield start, end, Evidence(token.token, -0.74 * token.lexicon_value, "vader", "")
            continue
        if not reason and opener is not None and start >= opener[1] and (token.lexicon_value or 0) < 0:
            # Rule 49: the denied predicate's bad words ("No member tried to block it") are denied, not asserted
            reason = "inside a predicate denied by the subject 'no ...' (rule 49), not an evaluation"
            opener_used = True
        if not reason and token.token.lower() in ("friends", "friend", "partners") and _LIST_OF_SIDES.match(text, end):
            reason = "one side of a list of friends and foes (rule 50), not said of the target"
        if not reason and token.token.lower() == "serious" and _SIGNIFICANT.match(text, end) and \
                _SIGNIFICANT_BEFORE.search(text, max(0, start - 12), start):
            reason = "'serious' in the sense 'significant' ('the most serious step', rule 51), not a bad word"
        if opener_used and (start, end) == opener:
            reason = "negates the clause's predicate (its subject is 'no ...'), not a tone word"
        value = token.valence * (-0.74 if end <= mention_start and _negated_before_target(text, words, end, mention_start) else 1)
        if (causative_at is not None and start >= causative.end() and _LESS_BEFORE.search(text, max(0, start - 12), start)
                and _caused_state(text, causative.end(), start, end)):
            value = -abs(value) if value > 0 else value  # rule 37: "made Europe less stable": less of a good is harm
        flipped = bool(token.lexicon_value) and token.lexicon_value * token.valence < 0
        caused = (causative_at is not None and not reason and start >= causative.end()
                  and _caused_state(text, causative.end(), start, end))
        if caused and token.lexicon_value and re.search(r"\bnothing\s+but\b", text[causative.end():start], re.IGNORECASE):
            value, flipped = token.lexicon_value, False  # "nothing but war": VADER's negation of "nothing" does not apply
        # rule 37: a state the target brings about is its effect, not a generic tone word (outside the neutral band)
        yield start, end, Evidence(token.token, value, "vader:effect" if caused else "vader", reason, flipped)


@functools.lru_cache(maxsize=4096)
def _explain_clause(clause: str):
    """VADER's explanation of one clause, kept: a quote's clauses are also its sentences' clauses,
    so each is explained once. Read only (never change the tokens of the result)."""
    from .vader_explained import explain_vader

    return explain_vader(clause, normalise=False)


#: Rule 18: "Russia's war in Ukraine", "Moscow's brutal aggression": a capitalised possessor right before the
#: word (at most one word between) owns the act or quality the word names, so the word evaluates that owner.


def _other_possessor(text: str, words, start: int, clause_start: int, mention_start: int, mention_end: int) -> str:
    """Rule 18: the possessor ("Russia's") that owns the word at ``start``, when it is not the target: one
    or two words back in the clause ("Russia's war", "Russia's brutal war"). "" when there is none."""
    if "'" not in text[max(clause_start, start - 60):start]:
        return ""  # no possessive just before the word (the usual case): nothing to look for
    if mention_start >= start:
        between = [text[a:b].lower() for a, b in _words_between(words, start, mention_start, last=5)][1:]
        prep = next((k for k, word in enumerate(between[:2]) if word in _PREPOSITIONS), None)
        if prep is not None and len(between) - prep - 1 <= 1 and all(w in _SCENE_FILLERS for w in between[prep + 1:]):
            return ""  # "America's strong commitment to NATO", "Russia's threats against the alliance": the target is its object
    index = _word_index(words, start)
    for back in (1, 2):
        k = index - back
        if k < 0 or words[k][0] < clause_start:
            return ""
        a, b = words[k]
        if mention_start <= a < mention_end:
            return ""
        word = text[a:b]
        if word.endswith(("'s", "'")) and word[:1].isupper() and len(word) > 2:
            return word
        if back == 1 and not (word.islower() and _modifier_like(word)):
            return ""
    return ""


_MODIFIER_ENDINGS = ("ed", "al", "ive", "ous", "ful", "ic", "less", "ing")


def _modifier_like(word: str) -> bool:
    """Rule 18: a word that can stand between a possessor and its noun ("Russia's brutal war", "its
    unprovoked war", "full-scale"): a tone word of VADER's, a hyphenated word or a usual adjective ending
    (not a noun such as "president": "Finland's president welcomed ..." is the president's act)."""
    from .vader_explained import _analyzer

    return "-" in word or word.endswith(_MODIFIER_ENDINGS) or word in _analyzer().lexicon


def _subject_copula(text: str, words, mention_start: int, mention_end: int, clause_start: int, clause_end: int,
                    window: int) -> int | None:
    """Rule 17: the index of the copula ("are", "is", "had been") of the clause whose subject is the target or
    something the target owns ("NATO's air-policing flights over the Baltic are ..."): the mention opens the
    clause (at most two words before it) and a copula follows within ``window`` words, with no verb of
    another clause between (a comma ends the search). ``None`` otherwise."""
    modifier = False
    if text[mention_end:mention_end + 2] != "'s":
        # Rule 63: "NATO shipping in the strait is a grave danger": the target as the pre-modifier of the subject's head
        modifier = _premodified_head(text, mention_end)
        if not modifier:
            return None  # "NATO is ...": the copula is next to the mention already
    before = _words_between(words, clause_start, mention_start, last=3)
    after_that = modifier and before and text[before[-1][0]:before[-1][1]].lower() == "that"
    if (len(before) > 2 and not after_that) or (before and text[before[-1][0]:before[-1][1]].lower() in _PREPOSITIONS):
        return None
    first = _word_index(words, mention_end) + (1 if words and words[_word_index(words, mention_end)][0] < mention_end else 0)
    for k in range(first, min(len(words), first + window)):
        a, b = words[k]
        if a >= clause_end or "," in text[mention_end:a]:
            return None
        if text[a:b].lower() in _DESCRIBING and text[a:b].lower() not in ("'s", "be", "being"):
            return k
        if modifier and text[a:b].lower() in _NOT_IN_A_SUBJECT:
            return None  # "NATO forces that were ...", "NATO troops will be ...": not the subject's own copula
    return None


#: Rule 63: words that end a subject noun phrase before its copula (a relative, a modal or auxiliary, a verb).
_NOT_IN_A_SUBJECT = frozenset("that which who whom whose will would can could may might must shall should has have had "
                              "do does did said says told".split())
#: Rule 63: plural head nouns after a pre-modifying target ("NATO forces", "NATO flights"), unlike verbs in -s ("NATO says")
_PLURAL_HEADS = frozenset("forces troops members allies jets officials operations exercises drills deployments activities "
                          "flights bases missions plans policies patrols ships warships aircraft planes battlegroups "
                          "commanders leaders summits talks".split())
#: Rule 63: past tenses without -ed, which make the target the subject ("NATO sent jets", "NATO held talks")
_IRREGULAR_PAST = frozenset("sent took made gave held met told led brought began won built kept left put set said became "
                            "came went saw found thought knew paid sought spent stood fought struck drew ran got".split())


def _premodified_head(text: str, mention_end: int) -> bool:
    """Rule 63: the word right after the mention is a common noun it modifies ("NATO activity", "NATO air policing",
    "NATO forces"), not a verb of which the target is the subject ("NATO said", "NATO warns", "NATO sent")."""
    after = re.match(r" ([a-z][a-z-]*)\b", text[mention_end:mention_end + 30])
    if after is None:
        return False
    word = after.group(1)
    if word in _DESCRIBING or word in _NOT_IN_A_SUBJECT or word in _IRREGULAR_PAST or word.endswith("ed"):
        return False
    if word.endswith("s") and not word.endswith(("ss", "ics")) and word not in _PLURAL_HEADS:
        return False
    return word not in _PREPOSITIONS and word not in ("and", "or", "to", "also", "still", "now", "has", "not", "never")


_LIKE_OBJECTS = frozenset("a an the this that these those everyone everybody anyone anybody someone nobody all any "
                          "every each other others us them him her it you me".split())


_LIKE_SUBJECTS = frozenset("i we you they he she people would do does did don't doesn't didn't really also still "
                           "not always never".split())


def _like_is_a_preposition(text: str, words, start: int, end: int) -> bool:
    """Rule 26: "We came for the summit, like everyone else", "allies like Poland": VADER scores every "like"
    as liking (+2.0); after a comma, or before a determiner, a pronoun or a name, it is the preposition."""
    if text[max(0, start - 2):start].strip() == ",":
        return True
    before = _words_between(words, 0, start, last=1)
    if before and text[before[0][0]:before[0][1]].lower() in _LIKE_SUBJECTS:
        return False  # "I like NATO", "we would like", "people don't like": the verb
    after = _words_from(words, end, 1)
    if not after:
        return False
    following = text[after[0][0]:after[0][1]]
    return following.lower() in _LIKE_OBJECTS or following[:1].isupper() and following != "I"


def _possessed_object(text: str, words, mention_start: int, mention_end: int, clause_start: int) -> tuple[int, int] | None:
    """Rule 25: "Russia is testing NATO's resolve", "a threat to Allies' security": the noun the target owns,
    when the target's phrase is what another actor's verb or a preposition acts on (a lower-case word other than a
    determiner or copula right before it), names the target's quality as the thing acted on; the speaker does not
    evaluate the target by it (a VADER word only: a stance cue there, "the alliance's militarisation", still
    frames the target). The span of that noun, or ``None`` (the target as subject, "NATO's resolve is
    clear", or after a copula, "This is NATO's strength", still counts)."""
    if text[mention_end:mention_end + 2] != "'s" and text[mention_end:mention_end + 1] != "'":
        return None
    before = _words_between(words, clause_start, mention_start, last=1)
    if not before:
        return None
    previous = text[before[-1][0]:before[-1][1]]
    if not previous.islower() or previous in _DETERMINERS or previous in _DESCRIBING or previous in _NEGATORS:
        return None
    if previous in _PREPOSITIONS and previous not in ("to", "against"):
        return None  # "grateful for NATO's support", "thanks to ..." evaluate what the target gives
    after = _words_from(words, mention_end, 2)
    after = [w for w in after if w[0] > mention_end + 1]
    return after[0] if after else None


#: Rule 24: "it never asks whether more troops make anyone safer": after the mention, an embedded question
#: ("whether", "if ... or") asks something; its words are not asserted of the target.
_WHETHER = re.compile(r"\bwhether\b", re.IGNORECASE)

_NEGATING_SUBJECTS = frozenset("no nobody none nothing neither".split())


def _negating_subject(text: str, words, clause_start: int, clause_end: int) -> tuple[int, int] | None:
    """Rule 19: the span of a clause's opening "No"/"Nobody"/"None" ("No country that is a member of NATO has
    been invaded"): it negates the whole predicate, so a good or harm done (``benefit``/``harm`` cues) later in
    the clause is denied, as a negation next to it would be. Not "No to NATO" (a slogan against it)."""
    if text[clause_start:clause_start + 12].lstrip(" \"'")[:1] not in ("N", "n"):
        return None  # the usual case: the clause does not open with "no ..."
    first = _words_from(words, clause_start, 2)
    if not first or first[0][0] >= clause_end or text[first[0][0]:first[0][1]].lower() not in _NEGATING_SUBJECTS:
        return None
    if len(first) > 1 and text[first[1][0]:first[1][1]].lower() in ("to", "more", "longer", "one's"):
        return None
    return first[0]


#: Rule 73: a verb of reducing or withdrawing right before an approval cue ("reduce the commitment to", "scale back our
#: support for", "halve its contribution to"): at most three words between (a determiner, a possessive, "U.S.").
_REDUCTION_BEFORE = re.compile(r"\b(?:reduc\w*|cut(?:s|ting)?|halv\w*|slash\w*|scal\w*\s+back|withdraw\w*|withdrew|"
                               r"weaken\w*|abandon\w*)\s+(?:(?!(?:with|to|for|by|and|or|of|in|on|at|from|as)\b)[\w.'-]+\s+){0,3}$",
                               re.IGNORECASE)


#: Rule 62: a verb of belief or saying after a negating subject ("Nobody ... thinks", "No one here believes").
_BELIEF_VERB = re.compile(r"\b(?:thinks?|believes?|says?|claims?|considers?|expects?|argues?|suggests?|sees?|regards?|"
                          r"(?:would|could|will|can|does|seriously|really)\s+(?:think|believe|say|claim|argue|suggest|"
                          r"consider|regard|see))\b", re.IGNORECASE)


def _denied_belief(text: str, opener_end: int, mention_start: int, mention_end: int, start: int) -> bool:
    """Rule 62: the bad word at ``start`` sits in the complement of a verb of belief or saying whose subject is "no ..."
    ("Nobody in the capital believes the alliance is a threat"), with the target between the verb and the word: the
    denied view of the target defends it. Not "No one doubts the alliance is weak" (no such verb: a double negative)."""
    if not opener_end <= mention_start < mention_end <= start:
        return False
    verb = None
    for verb in _BELIEF_VERB.finditer(text, opener_end, mention_start):
        pass
    if verb is None or not verb.group(0).strip():
        return False
    between = text[verb.end():mention_start]
    return len(between.split()) <= 3 and not re.search(r"[;:!?]|\b(?:but|and|or)\b", between)


#: Rule 50: a confrontation noun listed with the target's side ("allies and adversaries", "friends or foes").
#: Rule 65: a contrast joins such a list as "and" does ("a note to partners, not only to rivals",
#: "to friends rather than foes").
_LIST_JOINER = r"(?:and|or|,?\s*not(?:\s+just|\s+only|\s+merely)?|,?\s*but\s+also|as\s+well\s+as|rather\s+than)"
_LIST_BEFORE = re.compile(r"\b(?:allies|friends|partners|members|neighbou?rs),?\s+" + _LIST_JOINER +
                          r"\s+(?:to\s+)?(?:our\s+|their\s+)?$", re.IGNORECASE)
_LIST_AFTER = re.compile(r",?\s+" + _LIST_JOINER + r"\s+(?:to\s+)?(?:our\s+|their\s+)?(?:allies|friends|partners|members)\b",
                         re.IGNORECASE)


_LIST_OF_SIDES = re.compile(r",?\s+" + _LIST_JOINER + r"\s+(?:to\s+)?(?:our\s+|their\s+)?(?:adversar\w*|enem\w*|foes?|rivals?|opponents?)\b",
                            re.IGNORECASE)


def _in_a_list(text: str, start: int, end: int) -> bool:
    """Rule 50: the cue at ``[start, end)`` is one item of a list with the target's side ("a message to allies and
    adversaries alike", "friends and foes"), not a word said of the target."""
    return bool(_LIST_BEFORE.search(text, max(0, start - 40), start) or _LIST_AFTER.match(text, end))


#: Rule 51: "serious" before a noun of effort or action, after a degree word, means "significant" ("the most serious
#: step", "a serious commitment"), or in "serious about": not VADER's bad word (still bad in "a serious threat").
_SIGNIFICANT = re.compile(r"\s+(?:about\b|(?:step|move|commitment|effort|investment|thing|money|contribution|action|"
                          r"answer|signal|offer|proposal|plan|steps|moves|commitments|efforts|investments|contributions)\b)",
                          re.IGNORECASE)
_SIGNIFICANT_BEFORE = re.compile(r"\b(?:most|more|a|very|really|truly|the|is|are|was|were|be|been|get|got)\s+$", re.IGNORECASE)


#: Rule 36: a preposition of place right before a word for the speaker's side ("on our bridge", "in our country").
_PLACE_BEFORE = re.compile(r"\b(?:on|in|at|over|near|across|along|around|inside|outside|from)\s+$", re.IGNORECASE)


def _done_to_speaker_side(text: str, words, mention_end: int, start: int, end: int, limit: int) -> bool:
    """Rule 10: the target does good or harm to the speaker's side: a word for it ("our", "us",
    "this country") stands between the mention and the word, or within three words after it
    (not beyond ``limit``, the clause end)."""
    if start < mention_end:
        return False
    for side in _SPEAKER_SIDE.finditer(text, mention_end, end):  # the cue may hold it: "drags us into"
        # Rule 36: "They stand on our bridge and they protect the police": a side word after a preposition of place,
        # before the word, only says where the target is; it is not the one the good or harm is done to.
        if side.start() >= start or not _PLACE_BEFORE.search(text, max(mention_end, side.start() - 8), side.start()):
            return True
    after = _words_from(words, end, 3)
    return bool(after) and _SPEAKER_SIDE.search(text, end, min(after[-1][1], limit)) is not None


def _harm_to_a_place(text: str, words, start: int, end: int, cue_hits) -> bool:
    """Rule 10b: "NATO bombed Belgrade", "the alliance destroyed Libya": harm (a ``harm`` cue) done by the target to a
    country or city, named right after the verb, evaluates the target as harm done to the speaker's side does.
    Not harm to a force or a group ("bombed ISIS positions", "destroyed Gaddafi's tanks": a noun or a possessive
    follows the name), nor good done (``benefit`` cues: "protected Lithuania" may be a plain report)."""
    hit = next((cue for a, b, cue in _hits_starting_in(cue_hits, start, start + 1) if b == end), None)
    if hit is None or hit.category != "harm":
        return False
    after = _words_from(words, end, 2)
    if not after or text[end:after[0][0]].strip():
        return False
    name = text[after[0][0]:after[0][1]]
    if not name[:1].isupper() or name == "I" or name.endswith("'s") or name.isupper():
        return False
    if len(after) > 1:
        between, following = text[after[0][1]:after[1][0]], text[after[1][0]:after[1][1]]
        if not between.strip() and following.islower() and following not in _PREPOSITIONS | {"and", "or", "twice", "again"}:
            return False  # "bombed Serb positions": the name only qualifies a noun
    return True


#: Rule 35: a whole class of countries or people, bare (no article, possessive or number): "small countries",
#: "smaller nations", "civilians".
_CLASS_OBJECT = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:countries|nations|states|democracies|peoples|civilians|people|"
                           r"families|neighbou?rs|communities|children|members)\b")
_NOT_CLASS = frozenset("the a an its their our his her this that these those some two three several many other "
                       "both all".split())


def _done_to_a_class(text: str, start: int, end: int, cue_hits) -> bool:
    """Rule 35, **good or harm done to a whole class**: "the alliance protects small countries", "NATO dragged small
    countries into other people's wars": done by the target to a bare plural class (``_CLASS_OBJECT``) right after
    the verb, a ``benefit`` or ``harm`` cue characterises the target, as good or harm done to the speaker's side
    does (rule 10); not done to a particular group ("protected the convoy", "its members", "two states")."""
    hit = next((cue for a, b, cue in _hits_starting_in(cue_hits, start, start + 1) if b == end), None)
    if hit is None or hit.category not in _EFFECT_CATEGORIES:
        return False
    if re.match(r"\s+(?:each\s+other|one\s+another)\b", text[end:end + 14], re.IGNORECASE):
        return True  # "allies show up for each other": the members' mutual support is the target's solidarity
    verb_end = _WORD.match(text, start)
    found = _CLASS_OBJECT.match(text, verb_end.end()) if verb_end else None
    if found is None:
        return False
    return not any(word.lower() in _NOT_CLASS for word in found.group(0).split())


_SENTENCE_END_BEFORE = re.compile(r"[.!?:\"]\s*$")


def _in_proper_name(text: str, words, start: int) -> bool:
    """``United`` in ``the United States``, ``Hope`` in ``Hope Hicks``: a capitalised word, not opening a
    sentence, next to another capitalised word, is part of a name and carries no sentiment."""
    index = _word_index(words, start)
    word = text[words[index][0]:words[index][1]]
    if not word[:1].isupper() or word.isupper() or index == 0:
        return False
    # Only the gap since the previous word can end a sentence (a word ends with a letter, digit or ').
    if _SENTENCE_END_BEFORE.search(text[words[index - 1][1]:start]):
        return False
    neighbours = [text[a:b] for a, b in words[max(0, index - 1):index] + words[index + 1:index + 2]]
    return any(n[:1].isupper() for n in neighbours)


def score_text_toward(text: str, target: str, cues: list[StanceCue] | None = None,
                      settings: StanceSettings | None = None) -> TargetedScore:
    """Find the target's mentions in ``text`` and score the text toward it.

    >>> score_text_toward("NATO is a great alliance.", "Putin").label
    'not_about_target'
    """
    from .targets import find_mentions, target_aliases
    from .typography import normalise_typography

    plain = normalise_typography(text)
    mentions = find_mentions(text, target_aliases(target), plain, named_before=True)
    return score_toward(plain, [(m.start, m.end) for m in mentions], cues, settings)


# --------------------------------------------------------------------------
# A whole article: sentences, speakers, overall
# --------------------------------------------------------------------------

@dataclass
class SentenceScore:
    """One sentence: VADER's compound for the whole sentence and the score toward the target."""

    index: int
    text: str
    start: int
    end: int
    compound: float
    toward_target: TargetedScore | None

    def to_dict(self) -> dict:
        toward = self.toward_target.to_dict() if self.toward_target else {"label": NOT_ABOUT_TARGET, "score": None}
        return {"index": self.index, "text": self.text, "start": self.start, "end": self.end,
                "compound": self.compound, "toward_target": toward}


@dataclass
class QuoteScore:
    """One quote of a speaker and how it treats the target."""

    text: str
    start: int
    end: int
    kind: str
    compound: float
    toward_target: TargetedScore

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "kind": self.kind,
                "compound": self.compound, "label": self.toward_target.label,
                "score": None if self.toward_target.score is None else round(self.toward_target.score, 4)}


@dataclass
class SpeakerStance:
    """What one speaker said about the target: n quotes about it, their mean and spread, a label."""

    speaker: str
    speaker_type: str
    n: int
    mean: float | None
    spread: float | None
    stance: str
    evidence: str
    quotes: list[QuoteScore] = field(default_factory=list)
    other_quotes: int = 0
    #: The label of the rules alone (``stance`` is the second reader's where it read this speaker).
    rule_stance: str = ""
    #: What the second reader made of this speaker (``None``: the rules decided alone).
    second_reading: object = None

    def to_dict(self) -> dict:
        return {
            "speaker": self.speaker,
            "speaker_type": self.speaker_type,
            "n": self.n,
            "mean": None if self.mean is None else round(self.mean, 4),
            "spread": None if self.spread is None else round(self.spread, 4),
            "stance": self.stance,
            "evidence": self.evidence,
            "quotes": [quote.to_dict() for quote in self.quotes],
            "other_quotes": self.other_quotes,
            "rule_stance": self.rule_stance or self.stance,
            "second_reading": self.second_reading.to_dict() if self.second_reading is not None else None,
        }


@dataclass
class TargetSentiment:
    """The ``sentiment`` block of the analysis: the target, its mentions, sentences, speakers, overall."""

    target: str
    aliases: list[str]
    mentions: list
    sentences: list[SentenceScore]
    by_speaker: list[SpeakerStance]
    overall: dict
    settings: StanceSettings = field(default_factory=StanceSettings)
    warnings: list[str] = field(default_factory=list)
    #: Rule 11: the headline names the target or enough of the sentences do.
    about_target: bool = False

    def speaker(self, name: str) -> SpeakerStance | None:
        """The entry of one speaker (exact name), or ``None``."""
        return next((entry for entry in self.by_speaker if entry.speaker == name), None)

    def to_dict(self) -> dict:
        return {
            "target": self.target,
            "aliases": list(self.aliases),
            "mentions": [mention.to_dict() for mention in self.mentions],
            "sentences": [sentence.to_dict() for sentence in self.sentences],
            "by_speaker": [entry.to_dict() for entry in self.by_speaker],
            "overall": dict(self.overall),
            "settings": {"window": self.settings.window, "positive_threshold": self.settings.positive_threshold,
                         "negative_threshold": self.settings.negative_threshold,
                         "cue_weight": self.settings.cue_weight, "min_quotes": self.settings.min_quotes,
                         "second_reader": self.settings.second_reader},
            "warnings": list(self.warnings),
        }


def _speaker_name(quote) -> str | None:
    speaker = getattr(quote, "speaker", None)
    if speaker is None:
        return None
    return getattr(speaker, "name", None) or str(speaker)


def _mentions_in(mentions, start: int, end: int, starts: list[int] | None = None) -> list[tuple[int, int]]:
    """The mentions inside ``[start, end)``, as offsets from ``start``. ``starts`` (the mentions'
    starts, sorted) lets bisection find the first one, and an index loop stops at ``end``
    (no copy of the later mentions: the cost is that of the mentions found)."""
    starts = [m.start for m in mentions] if starts is None else starts
    found = []
    index = bisect.bisect_left(starts, start)
    while index < len(mentions) and mentions[index].start < end:
        mention = mentions[index]
        if mention.end <= end:
            found.append((mention.start - start, mention.end - start))
        index += 1
    return found


#: Rule 11: words of the target's topic (for NATO-like alliances): a quote that uses one of them, in an
#: article about the target, mentions the subject without evaluating the target itself. "summit" and
#: "alliance" are left out on purpose: the alias file already decides when they are the target's
#: (an event tied to it; not "the governing alliance"), and this rule must not overrule it.
#: "allied" ("allied defense chiefs", "allied troops") is the alliance's adjective; "member states" is the EU's
#: (and the UN's) phrase for its members, so it is not a topic word of the alliance.
TOPIC_WORDS = re.compile(r"\b(?:members?(?!\s+states?\b)|membership|ally|allies|allied|article 5|defen[cs]e spending)\b", re.IGNORECASE)
#: Rule 38, **membership of the target**: in an article about the target, a possessive's "membership" or "accession"
#: ("our membership", "Sweden's accession") with no other organisation named after it is membership of the target;
#: a quote that names nothing else of it is scored with that noun as its mention (not "EU membership", not
#: "membership in the EU").
_MEMBERSHIP = re.compile(r"\b(?:[Oo]ur|[Tt]heir|[Ii]ts|[A-Z][\w-]+'s)\s+(membership|accession)\b"
                         r"(?!\s+(?:in|of|to|with)\s+(?:the\s+)?(?:[A-Z]|union|bloc\b|eurozone|single\s+market))")
@functools.lru_cache(maxsize=8)
def _generic_pattern(heads: frozenset[str]) -> re.Pattern:
    """Rule 48, **the target as a kind**: in an article about the target, a quote that names nothing of it but "a/an" (up
    to two words) + the head noun of one of its aliases + a relative ("an alliance that cannot agree ...", "a 'defensive'
    alliance that bombed ...") characterises the target; the head noun is its mention. Not in an article that uses the
    word in another sense ("the governing alliance": ``generic_heads`` is empty then)."""
    words = "|".join(sorted(map(re.escape, heads)))
    return re.compile(r"\b(?:[Aa]n?)\s+(?:['\"]?[\w-]+['\"]?\s+){0,2}?(" + words + r")\s+(?:that|which|whose|where)\b")


#: Rule 11: an article is about the target when its headline names it or this share of its sentences does.
ABOUT_SHARE = 0.2


def _about_target(article, mentions) -> bool:
    """Rule 11: the headline names the target, or at least ``ABOUT_SHARE`` of the sentences mention it."""
    title = getattr(article, "title", None) or ""
    sentences = getattr(article, "sentences", None) or []
    if title and any(m.kind == "name" and m.text.lower() in title.lower() for m in mentions):
        return True
    # A headline with an alias or event word of the target ("Allies gather as drones top summit agenda")
    # in an article that names it: the headline's words are the target's.
    if title and any(m.kind == "name" for m in mentions) and any(
            m.kind in ("alias", "event") and re.search(r"\b" + re.escape(m.text.lower().removeprefix("the ")) + r"\b", title.lower())
            for m in mentions):
        return True
    if not sentences:
        return False
    starts = [sentence.start for sentence in sentences]
    hit = {bisect.bisect_right(starts, m.start) - 1 for m in mentions if m.kind in ("name", "alias")}
    return len(hit) >= ABOUT_SHARE * len(sentences)


_PRONOUNS = frozenset("it its they them".split())
#: Rule 12: a verb of decision right after a mention of the target (up to three words between, such as
#: "defence ministers" or "has formally"): the sentence reports an act of the target.
_DECISION_ACT = re.compile(
    r"(?:'s)?(?:[\s,]+[A-Za-z][\w-]*){0,3}?[\s,]+(?:agreed|decided|approved|adopted|endorsed|pledged|committed|"
    r"signed off|voted|resolved|announced|launched)\b")
_DETERMINERS = frozenset("the this that these those".split())
_INDEFINITE = frozenset("a an".split())


class _Anaphora:
    """Rule 5, **anaphora in quotes** (simple and explainable). Inside a speaker's quote, the pronouns
    ``it/its/they/them`` and the definite descriptions ``the/this/that`` + (up to two lower-case words) +
    a ``description`` noun of the alias file (``the decision``, ``this mission``, ``the bloc``) refer to
    the target when the nearest preceding candidate noun phrase is a mention of the target. The
    candidates are read left to right from the start of the sentence before the quote's first
    sentence (so: the quote, else the attribution sentence, else the previous sentence): target
    mentions; definite noun phrases (``the numbers``); capitalised names inside a sentence
    (``Latvia``), except the speaker's own name and names after ``a/an``; and pronouns and
    descriptions, which carry what they resolved to. An object pronoun does not take the subject
    of its own clause ("Latvia welcomes it": *it* is not Latvia). One pass over a few sentences per
    quote; the sentence starts are found by bisection (built once per article)."""

    def __init__(self, article, mentions, descriptions: frozenset[str]):
        self.plain = article.plain
        self.sentence_starts = [sentence.start for sentence in article.sentences]
        self.mentions = mentions
        self.mention_starts = [mention.start for mention in mentions]
        self.descriptions = descriptions
        self.tied = self._tied_descriptions(article) if descriptions else frozenset()
        self.anaphor_words = _anaphor_words(descriptions)

    def _tied_descriptions(self, article) -> frozenset[str]:
        """Description nouns that a sentence of the article ties to the target: the noun comes after a
        name of the target in the same sentence ("NATO ministers approved a plan ..."); then "the plan"
        in any quote is the target's. One pass over the sentences that hold a name.

        Rule 12, **event anaphora**: when a sentence reports an act of decision by the target (a name
        or alias, then one of ``_DECISION_ACT`` within four words: "NATO defence ministers agreed to ...",
        "the alliance decided ..."), every description noun is tied: "the decision", "the timetable",
        "the outcome" in a later quote are that act's, even though the sentence never used the noun."""
        tied = set()
        starts = [s.start for s in article.sentences]
        seen = set()
        for mention in self.mentions:
            if mention.kind not in ("name", "alias"):
                continue
            if _DECISION_ACT.match(self.plain, mention.end):
                return self.descriptions
            if mention.kind != "name":
                continue
            index = bisect.bisect_right(starts, mention.start) - 1
            if index < 0 or index in seen:
                continue
            seen.add(index)
            sentence = article.sentences[index]
            for match in _WORD.finditer(self.plain, mention.end, sentence.end):
                if match.group(0) in self.descriptions:
                    tied.add(match.group(0))
        return frozenset(tied)

    def _appositive(self, text: str, words, i: int, targets, context_start: int) -> int | None:
        """Rule 27: the end of the appositive description that starts at word ``i`` ("a"/"an", up to two
        lower-case words, a description noun: "a decision", "a move"), when its sentence opens with a mention of
        the target (at most three words before it, such as a dateline); ``None`` otherwise."""
        following = [text[x:y] for x, y in words[i + 1:i + 4]]
        noun = next((k for k, w in enumerate(following) if w in self.descriptions), None)
        if noun is None or not all(w.islower() for w in following[:noun]):
            return None
        index = bisect.bisect_right(self.sentence_starts, words[i][0] + context_start) - 1
        sentence_start = max(0, (self.sentence_starts[index] if index >= 0 else 0) - context_start)
        first = next(((a, b) for a, b in targets if a >= sentence_start), None)
        if first is None or first[0] >= words[i][0]:
            return None
        if len(_WORD.findall(text, sentence_start, first[0])) > 3:
            return None
        return words[i + 1 + noun][1]

    def _previous_subject(self, text: str, a: int, context_start: int, candidates, positions) -> bool:
        """Rule 34, **the subject goes on**: "NATO is the only reason the Baltic states sleep at night. It is the
        only guarantee ...": a subject pronoun that opens a sentence keeps the previous sentence's subject (its first
        candidate) when that subject is the target, though other nouns stand between; not an expletive "it" ("It is
        clear that ...", "It is time to ...": a copula and no determiner before "that"/"to")."""
        if not re.search(r"(?:^|[.!?][\"')]*\s+[\"'(]*)$", text[max(0, a - 6):a]) and a:
            return False
        if _EXPLETIVE_IT.match(text, a):
            return False
        index = bisect.bisect_right(self.sentence_starts, a + context_start) - 1
        if index < 1:
            return False
        previous = self.sentence_starts[index - 1] - context_start
        here = self.sentence_starts[index] - context_start
        first = next((k for k, position in enumerate(positions) if previous <= position < here), None)
        return first is not None and candidates[first][1] is True

    def resolve(self, start: int, end: int, speaker: str, organisation: bool = False,
                every_clause: bool = False) -> list[tuple[int, int]]:
        """The spans (offsets into the quote) of the quote's anaphors that refer to the target. ``organisation``:
        the speaker is an organisation (rule 31: the pronoun opening its reported speech is itself). ``every_clause``:
        keep an anaphor in a clause that also names the target (rule 53: a fragment's frame)."""
        if not self.anaphor_words.search(self.plain, start, end):
            return []  # no pronoun and no description noun in the quote: nothing to resolve
        index = bisect.bisect_right(self.sentence_starts, start) - 1
        context_start = self.sentence_starts[max(0, index - 1)] if self.sentence_starts else 0
        context_start = min(context_start, start)
        text = self.plain[context_start:end]
        targets = _mentions_in(self.mentions, context_start, end, self.mention_starts)  # offsets into ``text``
        target_starts = [a for a, _ in targets]
        speaker_words = {word.lower() for word in speaker.split()}
        breaks = _ClauseBreaks(text)
        words = [match.span() for match in _WORD.finditer(text)]
        # (clause number, is the target, is the clause's first candidate, is the target as a possessor)
        candidates: list[tuple[int, bool, int, bool]] = []
        positions: list[int] = []  # where each candidate starts (offsets into ``text``)
        found = []
        owned = set()  # rule 20: anaphors that refer to the target as the owner of their clause's subject
        quote_at = start - context_start
        i = 0
        while i < len(words):
            a, b = words[i]
            clause = bisect.bisect_right(breaks.ends, a)
            first_in_clause = not candidates or candidates[-1][0] != clause
            t = bisect.bisect_right(target_starts, a) - 1
            if t >= 0 and targets[t][0] <= a < targets[t][1]:
                # "the alliance's territory": the noun phrase is the territory, the target only its possessor
                possessive = text[targets[t][1]:targets[t][1] + 2] in ("'s", "' ")
                positions.append(a); candidates.append((clause, not possessive, first_in_clause, possessive))
                while i < len(words) and words[i][0] < targets[t][1]:
                    i += 1
                continue
            word = text[a:b]
            lower = word.lower()
            previous = text[words[i - 1][0]:words[i - 1][1]].lower() if i else ""
            # Rule 12: "This is exactly what we asked for": a demonstrative subject ("this", or "That" opening
            # a sentence) before a copula is a pronoun; "that" after a noun is a relative pronoun, not an anaphor.
            # So is "that" opening a coordinated clause (", and that is exactly what deterrence looks like").
            coordinated_that = (lower == "that" and i >= 2 and previous in ("and", "but")
                                and "," in text[words[i - 2][1]:words[i - 1][0]])
            demonstrative = ((lower == "this" or word == "That" or coordinated_that)
                             and i + 1 < len(words) and text[words[i + 1][0]:words[i + 1][1]].lower() in _DESCRIBING)
            if lower in _PRONOUNS or demonstrative:  # a pronoun takes the value of the nearest candidate before it
                following = text[words[i + 1][0]:words[i + 1][1]].lower() if i + 1 < len(words) else ""
                is_object = lower == "them" or lower == "it" and not (
                    following in _DESCRIBING or following in _AUXILIARIES or following.endswith(("s", "ed", "n't")))
                value = _antecedent_value(candidates, clause, is_object)
                if not value and not is_object and lower in ("it", "they"):
                    value = self._previous_subject(text, a, context_start, candidates, positions)
                if value and organisation and lower in ("it", "its", "they", "their") and \
                        _REPORTING_END.search(text, max(0, a - 30), a):
                    # Rule 31: "the Russian Defense Ministry said its forces had ...": the pronoun opening an
                    # organisation's reported speech is the organisation itself, not the target named before.
                    value = False
                if value and a >= quote_at:
                    found.append((a, b))
                    if value == _OWNER:
                        owned.add(a)
                positions.append(a); candidates.append((clause, value, first_in_clause, False))
            elif lower in _INDEFINITE and i + 1 < len(words) and i and text[words[i - 1][1]:a].strip() == "," and (
                    appositive := self._appositive(text, words, i, targets, context_start)) is not None:
                # Rule 27: "NATO will move air defences east, a decision the Kremlin denounced": an indefinite
                # description after a comma sums up the act of the sentence's subject, the target.
                if a >= quote_at:
                    found.append((a, appositive))
                    owned.add(a)  # like an owner anaphor, it counts on its own far from the named mention
                positions.append(a); candidates.append((clause, True, first_in_clause, False))
                i = bisect.bisect_left([w[1] for w in words[i:i + 4]], appositive) + i + 1
                continue
            elif lower in _DETERMINERS and i + 1 < len(words):
                following = [text[x:y] for x, y in words[i + 1:i + 4]]
                noun = next((k for k, w in enumerate(following) if w.lower() in self.descriptions and w.islower()), None)
                if noun is not None and all(w.islower() for w in following[:noun]):
                    value = following[noun].lower() in self.tied or bool(candidates) and candidates[-1][1]
                    last = words[i + 1 + noun]
                    if value and a >= quote_at:
                        found.append((a, last[1]))
                    positions.append(a); candidates.append((clause, value, first_in_clause, False))
                    i += 2 + noun
                    continue
                n = bisect.bisect_right(target_starts, words[i + 1][0]) - 1
                next_is_target = n >= 0 and targets[n][1] > words[i + 1][0]
                if (following and following[0].islower() and following[0] not in _DESCRIBING | _AUXILIARIES | _PRONOUNS
                        and not (lower == "that" and following[0] in _INDEFINITE | {"the"})  # "that a lot of": no noun phrase
                        and not next_is_target):  # "the summit" where "summit" is a mention: left to the mention
                    positions.append(a); candidates.append((clause, False, first_in_clause, False))
                    i += 2
                    continue
            elif (word[:1].isupper() and word != "I" and lower not in speaker_words and previous not in _INDEFINITE
                  and i and not re.search(r"[.!?:\"]\s*$", text[words[i - 1][1]:a]) and not text[words[i - 1][0]:words[i - 1][1]][:1].isupper()):
                positions.append(a); candidates.append((clause, False, first_in_clause, False))
            i += 1
        # An anaphor in a clause that already names the target adds nothing (and would double its window),
        # unless a copula follows it: "the summit showed the bloc was preparing for war" describes the bloc
        # in a clause of its own, where the named mention only acts.
        # Rule 20 too: such an owner anaphor more than ``ANAPHOR_REACH`` words after the named mention of its
        # clause carries the target to words the named mention's window does not reach.
        named_clauses = {bisect.bisect_right(breaks.ends, a) for a, _ in targets} if not every_clause else set()
        word_starts = [w[0] for w in words] if owned else []
        return [(a + context_start - start, b + context_start - start) for a, b in found
                if bisect.bisect_right(breaks.ends, a) not in named_clauses or _copula_after(text, b)
                or a in owned and all(bisect.bisect_left(word_starts, a) - bisect.bisect_left(word_starts, t_end) > ANAPHOR_REACH
                                      for t_start, t_end in targets
                                      if bisect.bisect_right(breaks.ends, t_start) == bisect.bisect_right(breaks.ends, a))]


#: Rule 34: an expletive "it" ("It is clear that", "It was time to", "It's important to"): no referent.
_EXPLETIVE_IT = re.compile(r"It(?:'s|\s+(?:is|was|will\s+be|would\s+be|has\s+been|remains|seems))\s+"
                           r"(?!(?:the|a|an|our|its|their|this|that|not\s+(?:the|a|an))\b)(?:[\w-]+\s+){1,3}?(?:that|to|whether|if|how|why)\b",
                           re.IGNORECASE)

#: Rule 20: the value of an object pronoun that refers to the target as the owner of its clause's subject (true).
_OWNER = 2

#: Rule 20: how far (in words) an anaphor must be from the named mentions of its clause to count on its own
#: (half the default window: from there on, its own window reaches words the named mention's does not).
ANAPHOR_REACH = 4

_COPULA_AFTER = re.compile(r"\s+(?:(?:has|have|had|will|would|is|was|are|were)\s+)?(?:is|was|are|were|been|be|remains|remained)\b")


#: Rule 31: an attribution that ends right before reported speech ("the ministry said", "told reporters that").
_REPORTING_END = re.compile(r"\b(?:said|says|told\s+\w+|added|stated|announced|insisted|noted|claimed|warned)(?:\s+that)?\s*$")


def _copula_after(text: str, end: int) -> bool:
    """The anaphor ending at ``end`` is the subject of a copula ("the bloc was ...", "it has been ...")."""
    return _COPULA_AFTER.match(text, end) is not None


@functools.lru_cache(maxsize=32)
def _anaphor_words(descriptions: frozenset[str]) -> re.Pattern:
    """Finds any pronoun (``it/its/they/them``) or description noun that could start or end an
    anaphor. A quick test before ``_Anaphora.resolve``: it matches at least wherever an anaphor
    could be (a few more places, such as "it-based", do no harm)."""
    words = sorted(_PRONOUNS | descriptions, key=len, reverse=True)
    # rule 12: "this"/"This" or a sentence-initial "That" before a copula (case-sensitive: "that is" after a noun is not one)
    demonstratives = r"|(?:[Tt]his|That|(?<=and )that|(?<=but )that)\s+(?:" + "|".join(sorted(_DESCRIBING - {"'s"})) + ")"
    return re.compile(r"(?<![A-Za-z0-9])(?:(?i:" + "|".join(map(re.escape, words)) + ")" + demonstratives + r")(?![\w'])")


def _antecedent_value(candidates: list[tuple[int, bool, bool, bool]], clause: int, is_object: bool) -> bool:
    """Whether a pronoun refers to the target: the value of the nearest candidate before it. An object
    pronoun skips the subject of its own clause (its first candidate), unless nothing else is left.
    Looks back only through the pronoun's clause (candidates come in clause order)."""
    if not candidates:
        return False
    if is_object and candidates[-1][0] == clause:
        for candidate in reversed(candidates):
            if candidate[0] == clause and candidate[2] and candidate[3]:
                # Rule 20: "the alliance's response to the war has made it more capable": an object pronoun
                # whose clause opens with the target's possession refers to the target, its owner.
                return _OWNER
        for candidate in reversed(candidates):
            if not (candidate[0] == clause and candidate[2]):
                return candidate[1]
    return candidates[-1][1]


def _speaker_is_target(speaker: str, mentions, texts: tuple | None = None) -> bool:
    """Rule 23: the speaker is the target itself ("NATO said it would increase patrols", "NATO Allies"): its
    name is made only of the article's names and aliases of the target. In an article about the target, its
    quotes speak of the target (itself) even without naming it: ``neutral`` unless they evaluate it. Only for an
    organisation (or unnamed) speaker: a person's own words ("Trump said the economy is strong") are about
    other things, so a person target speaking is not thereby speaking of itself.

    >>> from helpers.targets import Mention
    >>> _speaker_is_target("NATO Allies", [Mention("NATO", 0, 4, "NATO", "name"), Mention("allies", 9, 15, "allies", "alias")])
    True
    """
    names, pattern = _target_names(_name_texts(mentions) if texts is None else texts)
    rest = " ".join(speaker.split()).lower()
    if pattern is None or not any(name in rest for name in names):
        return False
    return not re.sub(r"\b(?:the|of)\b", " ", pattern.sub(" ", rest)).strip()


def _name_texts(mentions) -> tuple[tuple[str, str], ...]:
    """Rule 23: the distinct (text, kind) of the target's name and alias mentions, sorted."""
    return tuple(sorted({(" ".join(m.text.split()).lower(), m.kind) for m in mentions if m.kind in ("name", "alias")}))


@functools.lru_cache(maxsize=32)
def _target_names(texts: tuple[tuple[str, str], ...]) -> tuple[frozenset[str], re.Pattern | None]:
    """Rule 23: the distinct names of the target in an article and one pattern for all its names and aliases
    (built once per article, not per speaker)."""
    names = frozenset(text for text, kind in texts if kind == "name")
    words = sorted({text for text, _ in texts}, key=len, reverse=True)
    if not names:
        return names, None
    return names, re.compile(r"(?<!\w)(?:" + "|".join(re.escape(word) for word in words) + r")(?!\w)")


#: Rule 46: a reporting verb (or "that") after which reported speech opens a clause of its own.
_REPORT_OPENER_WORD = re.compile(r"\b(?:said|says|told\s+(?:\w+\s+)?that|that|added|noted|stated|insisted|warned|argued|claimed)\b",
                                 re.IGNORECASE)


#: Rule 53: an evaluative speech act whose object follows ("welcomed the decision", "condemned the plan").
_EVALUATIVE_ACT = re.compile(r"\b(?:welcom|hail|prais|applaud|laud|commend|condemn|denounc|critici[sz]|decri|slamm|blast)\w*\s+$",
                             re.IGNORECASE)


def _fragment_frame(plain: str, sentence_starts: list[int], mentions, mention_starts: list[int], start: int,
                    end: int, resolve=None) -> tuple[int, list | None]:
    """Rule 22, **quoted fragments**: "accusing NATO of using the incident as a pretext to \"turn the Baltic into
    a lake\"", "called the alliance \"a relic\"": a direct quote that opens after a quotation mark in the middle of
    a sentence is a fragment of the speaker's words, and the words before it in that sentence (the reporter's
    paraphrase of the same statement) say what it is about. When that frame names the target (or refers to it by
    an anaphor, ``resolve``), the fragment is scored from the start of its sentence; otherwise (or for a quote
    that opens its sentence) from ``start``. Returns that start and the anaphors of ``[start, end)`` when they
    were resolved on the way (``None`` otherwise: the caller resolves them)."""
    if start == 0 or plain[start - 1] != '"':
        return start, None
    index = bisect.bisect_right(sentence_starts, start) - 1
    sentence_start = sentence_starts[index] if index >= 0 else 0
    asked = _ASKED_OPENER.match(plain, sentence_start)
    if asked is not None and asked.end() < start:
        sentence_start = asked.end()  # rule 71: the reporter's question is not the speaker's frame
    if not _WORD.search(plain, sentence_start, start - 1):
        return start, None
    framed = _mentions_in(mentions, sentence_start, start, mention_starts)
    if framed:
        # Rule 46: 'an official said the alliance "respects the choice"': the reported clause opens after the last
        # reporting verb (or "that") before the target, so the target is its subject, as in the speaker's own words.
        first = sentence_start + framed[-1][0]
        opener = None
        for match in _REPORT_OPENER_WORD.finditer(plain, sentence_start, first):
            opener = match
        if opener is not None and len(_WORD.findall(plain, opener.end(), first)) <= 1:
            return opener.end() + len(plain[opener.end():first]) - len(plain[opener.end():first].lstrip()), None
        return sentence_start, None
    # or an anaphor of the target ("called the procurement plan \"overdue but welcome\"", rule 5)
    resolved = resolve(sentence_start, end) if resolve is not None else []
    if any(a < start - 1 - sentence_start for a, _ in resolved):
        return sentence_start, resolved
    # Rule 53: 'hailed the agreement, calling it "the alliance's finest hour"': the frame's anaphor shares its clause
    # with the fragment's own mention, so the usual filter drops it; the frame still refers to the target.
    if resolve is not None and _mentions_in(mentions, start, end, mention_starts):
        framed = [(a, b) for a, b in resolve(sentence_start, end, True) if a < start - 1 - sentence_start]
        if framed:
            # the object of the frame's evaluative speech act ("welcomed the decision") counts as a mention itself,
            # so the verb's cue (object role) bears on the target
            acted_on = [(a, b) for a, b in framed if _EVALUATIVE_ACT.search(plain, max(sentence_start, sentence_start + a - 30),
                                                                            sentence_start + a)]
            return sentence_start, sorted(set(resolved) | set(acted_on))
    # the quote's own anaphors are these (same sentence, so the same context), shifted to the quote
    shift = start - sentence_start
    return start, [(a - shift, b - shift) for a, b in resolved if a >= shift]


#: Rule 71: "Asked if the flotilla meant trouble, she said it was 'a visit'": the opening participial clause is
#: the reporter's question; a fragment's frame starts after its comma.
_ASKED_OPENER = re.compile(r"\s*[\"'\u201c]?(?:When\s+)?asked\s+(?:whether|if|about|why|how|what|when|where|who|to)\b[^,;.!?]*,\s*",
                           re.IGNORECASE)


#: Rule 54: a speaker who asks the questions at a briefing ("unnamed reporter", "Q", "a journalist").
_REPORTER = re.compile(r"\b(?:reporters?|journalists?|correspondents?|questioners?|Q)\b", re.IGNORECASE)
#: Rule 54: a direct question: a sentence that opens with an auxiliary or a wh-word and ends in "?".
_QUESTION = re.compile(r"(?:^|(?<=[.!?\u2014\u201d\"'-])|(?<=\n))\s*(?=(?-i:[A-Z]))(?:(?:is|are|was|were|do|does|did|can|could|will|would|should|"
                       r"has|have|had|may|might|must|shall|who|what|when|where|why|how|which|isn't|aren't|doesn't|don't|"
                       r"didn't|won't|wouldn't|hasn't|haven't)\b[^.!?]*\?)", re.IGNORECASE)


def _asked(text: str, mentions) -> tuple:
    """Rule 54: the mentions of ``text`` that stand in a direct question ("Is the minister worried about the alliance's
    unity?")."""
    if "?" not in text:
        return ()
    spans = [m.span() for m in _QUESTION.finditer(text)]
    return tuple(m for m in mentions if any(a <= m[0] < b for a, b in spans))


def score_quotes(article, quotes, mentions, cues=None, settings=None, descriptions: frozenset[str] = frozenset(),
                 about_target: bool = False, generic_heads: frozenset[str] = frozenset()) -> list[SpeakerStance]:
    """Group the quotes by speaker and score each quote that mentions the target
    (by name, alias, or an anaphor that refers to it: ``_Anaphora``). With ``about_target`` (rule 11),
    a speaker with no quote about the target but one using a topic word is ``neutral``."""
    from .vader_explained import explain_vader

    settings = settings or StanceSettings()
    cues = read_stance_cues() if cues is None else cues
    starts = [m.start for m in mentions]
    anaphora = _Anaphora(article, mentions, descriptions) if mentions and getattr(article, "sentences", None) else None
    grouped: dict[str, SpeakerStance] = {}
    name_texts = None  # rule 23: the target's names, found once (for the first speaker that needs them)
    topical: dict[str, str] = {}  # rule 11: speaker -> the first topic word of a quote without a mention
    for quote in quotes:
        name = _speaker_name(quote)
        if not name or getattr(quote, "speaker_type", "") == "unattributed":
            continue
        entry = grouped.setdefault(name, SpeakerStance(name, getattr(quote, "speaker_type", "") or "", 0, None, None,
                                                       NOT_ABOUT_TARGET, NOT_ENOUGH_EVIDENCE))
        start, end = quote.start, quote.end
        organisation = getattr(quote, "speaker_type", "") == "organization" and not _speaker_is_target(
            name, mentions, name_texts if name_texts is not None else (name_texts := _name_texts(mentions)))
        if anaphora is not None:  # rule 22: a quoted fragment is read with the sentence that frames it
            start, resolved = _fragment_frame(article.plain, anaphora.sentence_starts, mentions, starts, start, end,
                                              lambda a, b, every=False: anaphora.resolve(a, b, name, organisation, every))
        inside = _mentions_in(mentions, start, end, starts)
        if anaphora is not None:
            resolved = anaphora.resolve(start, end, name, organisation) if resolved is None else resolved
            inside = sorted(set(inside) | set(resolved))
        if not inside and about_target:  # rule 38: "our membership has made us safer", in an article about the target
            inside = [(m.start(1) - start, m.end(1) - start) for m in _MEMBERSHIP.finditer(article.plain, start, end)]
            if not inside and generic_heads:  # rule 48: "an alliance that cannot agree ...", said of the target
                first = _generic_pattern(generic_heads).search(article.plain, start, end)  # the subject, not a predicate
                inside = [(first.start(1) - start, first.end(1) - start)] if first else []
        if not inside:  # not about the target: no need for its tone
            entry.other_quotes += 1
            topic = TOPIC_WORDS.search(article.plain, start, end) if about_target else None
            if topic:
                topical.setdefault(name, topic.group(0))
            continue
        plain = article.plain[start:end]
        asked = _asked(plain, inside) if _REPORTER.search(name) else ()
        scored = score_toward(plain, [m for m in inside if m not in asked] or inside, cues, settings,
                              compound=explain_vader(plain, normalise=False, all_tokens=False).compound, neutral_band=True,
                              in_quote=True if getattr(quote, "kind", "direct") == "direct" else "indirect")
        if asked and len(asked) == len(inside) and scored.score is not None:
            # Rule 54: a reporter's question about the target asks; its words assert nothing of the reporter's view
            scored = TargetedScore(scored.text, scored.compound, 0.0, "neutral", [], scored.set_aside + [
                Evidence(e.word, e.value, e.source, "in a reporter's question (rule 54), asked, not asserted", e.negated)
                for e in scored.counted])
        if scored.score is None:
            entry.other_quotes += 1
            continue
        entry.quotes.append(QuoteScore(article.text[quote.start:end], quote.start, end, getattr(quote, "kind", ""), scored.compound, scored))
    for entry in grouped.values():
        scores = [quote.toward_target.score for quote in entry.quotes]
        entry.n = len(scores)
        if entry.n >= settings.min_quotes and scores:
            entry.mean = statistics.fmean(scores)
            entry.spread = statistics.pstdev(scores) if len(scores) > 1 else 0.0
            entry.stance = settings.label(entry.mean)
            entry.evidence = f"{entry.n} quote{'s' if entry.n != 1 else ''} about the target"
            strongest = max(scores, key=abs)
            if entry.stance == "neutral" and settings.label(strongest) != "neutral" and min(scores) < 0 < max(scores):
                # Rule 43: quotes of opposite signs that cancel out: the stronger one is the speaker's stance
                entry.stance = settings.label(strongest)
                entry.evidence += " (opposite signs cancel in the mean: the strongest quote decides)"
        elif not scores and entry.speaker in topical:
            entry.stance = "neutral"
            entry.evidence = f"mentions the subject ({topical[entry.speaker]!r}) without evaluating the target"
        elif not scores and about_target and entry.speaker_type != "named" and _speaker_is_target(
                entry.speaker, mentions, name_texts if name_texts is not None else (name_texts := _name_texts(mentions))):
            entry.stance = "neutral"
            entry.evidence = "the target itself, speaking of its own acts without evaluating itself"
    return list(grouped.values())


def sentiment_toward(article, findings=None, target: str = "NATO", settings: StanceSettings | None = None,
                     cues: list[StanceCue] | None = None, alias_table=None) -> TargetSentiment:
    """Sentiment toward ``target`` in ``article``: per sentence, per speaker (from ``findings``), overall.

    >>> from helpers.articles import article_from_text
    >>> article = article_from_text("Russia said it would retaliate against NATO. The weather was lovely.")
    >>> result = sentiment_toward(article, None, target="NATO")
    >>> [s.toward_target.label if s.toward_target else "not_about_target" for s in result.sentences]
    ['negative', 'not_about_target']
    >>> result.overall["label"], result.overall["n_mentions"]
    ('negative', 1)
    """
    from .targets import article_mentions
    from .vader_explained import explain_vader

    settings = settings or StanceSettings()
    cues = read_stance_cues() if cues is None else cues
    aliases, mentions = article_mentions(article, target, alias_table)
    starts = [m.start for m in mentions]
    sentences = []
    for sentence in article.sentences:
        compound = explain_vader(sentence.plain, normalise=False, all_tokens=False).compound
        inside = _mentions_in(mentions, sentence.start, sentence.end, starts)
        toward = score_toward(sentence.plain, inside, cues, settings, compound=compound) if inside else None
        sentences.append(SentenceScore(sentence.index, sentence.text, sentence.start, sentence.end, compound, toward))
    warnings = []
    about = False
    if findings is None:
        by_speaker = []
        warnings.append("No quotes were given, so there is no per-speaker stance.")
    else:
        from .targets import description_words

        plain = article.plain.lower()
        generic = frozenset(alias.alias.split()[1].lower() for alias in aliases
                            if alias.kind == "alias" and alias.alias.lower().startswith("the ") and len(alias.alias.split()) == 2)
        if any(alias.alias.lower() in plain for alias in aliases if alias.kind == "other_sense"):
            generic = frozenset()  # rule 48: the word has another sense in this article
        about = _about_target(article, mentions)
        by_speaker = score_quotes(article, getattr(findings, "quotes", []) or [], mentions, cues, settings,
                                  description_words(aliases), about, generic)
        if settings.second_reader:
            second_read(article, getattr(findings, "quotes", []) or [], by_speaker, about, target, cues, mentions)
    scores = [s.toward_target.score for s in sentences if s.toward_target and s.toward_target.score is not None]
    overall_score = statistics.fmean(scores) if scores else None
    overall = {"label": settings.label(overall_score), "score": None if overall_score is None else round(overall_score, 4),
               "n_mentions": len(mentions), "n_sentences": len(scores)}
    if not mentions:
        warnings.append(f"The text never mentions {target!r} (or its aliases), so there is nothing to score toward it.")
    shown = [alias.alias for alias in aliases if alias.kind in ("name", "alias", "event")]
    return TargetSentiment(target, shown, mentions, sentences, by_speaker, overall, settings, warnings,
                           findings is not None and about)


def speaker_texts(article, quotes) -> dict[str, list[str]]:
    """The text of every attributed quote, by speaker (as ``score_quotes`` groups them)."""
    texts: dict[str, list[str]] = {}
    for quote in quotes:
        name = _speaker_name(quote)
        if name and getattr(quote, "speaker_type", "") != "unattributed":
            texts.setdefault(name, []).append(article.plain[quote.start:quote.end])
    return texts


def speaker_feature_table(article, quotes, by_speaker, about_target: bool, cues=None, mentions=()) -> dict[str, dict[str, float]]:
    """The second reader's features for every speaker of ``by_speaker`` (``helpers.stance_model``)."""
    from .stance_model import speaker_features

    texts = speaker_texts(article, quotes)
    names = {text for text, kind in _name_texts(mentions) if kind == "name"} if mentions else set()
    return {entry.speaker: speaker_features(texts.get(entry.speaker, []), entry.mean, entry.n, entry.other_quotes,
                                            entry.speaker_type, about_target, cues, entry.quotes,
                                            any(re.search(r"\b" + re.escape(name) + r"\b", entry.speaker.lower())
                                                for name in names))
            for entry in by_speaker}


def second_read(article, quotes, by_speaker, about_target: bool, target: str, cues=None, mentions=()) -> None:
    """Let the second reader label each speaker (``helpers.stance_model``): it keeps the rules' label in
    ``rule_stance`` and its own reading in ``second_reading``. Only for the target it was trained on."""
    from .stance_model import combined_label, read_stance_model

    model = read_stance_model()
    if model is None or target.strip().lower() != model.target.lower() or not by_speaker:
        return
    table = speaker_feature_table(article, quotes, by_speaker, about_target, cues, mentions)
    for entry in by_speaker:
        reading = model.predict(table[entry.speaker])
        entry.rule_stance = entry.stance
        entry.second_reading = reading
        entry.stance = combined_label(entry.stance, reading.label)
        if entry.stance != entry.rule_stance:
            words = ", ".join(repr(name[5:]) for name, _ in reading.reasons if name.startswith("word:"))[:80]
            entry.evidence += (f"; the rules alone say {entry.rule_stance}, the second reader {entry.stance} "
                               f"({reading.probability:.0%}{'; words: ' + words if words else ''})")


# --------------------------------------------------------------------------
# Rows for notebook tables
# --------------------------------------------------------------------------

def sentence_rows(result: TargetSentiment, only_mentions: bool = False) -> list[dict]:
    """One row per sentence: VADER's tone and the score toward the target side by side."""
    rows = []
    for sentence in result.sentences:
        toward = sentence.toward_target
        if only_mentions and toward is None:
            continue
        rows.append({"#": sentence.index, "sentence": sentence.text, "VADER (whole sentence)": sentence.compound,
                     f"toward {result.target}": None if toward is None else toward.score,
                     "label": NOT_ABOUT_TARGET if toward is None else toward.label,
                     "words that counted": "" if toward is None else ", ".join(f"{e.word} {e.value:+.1f}" for e in toward.counted)})
    return rows


def speaker_rows(result: TargetSentiment) -> list[dict]:
    """One row per speaker: n, mean, spread, stance (or "not enough evidence")."""
    return [{"speaker": e.speaker, "n": e.n, "mean": e.mean, "spread": e.spread, "stance": e.stance,
             "evidence": e.evidence, "quotes used": " | ".join(q.text for q in e.quotes)} for e in result.by_speaker]


def second_reader_rows(result: TargetSentiment, reasons: int = 3) -> list[dict]:
    """One row per speaker: the rules' label, the second reader's label and probability, the label shown,
    and the features that pushed the second reader most (``helpers.stance_model``)."""
    rows = []
    for e in result.by_speaker:
        reading = e.second_reading
        rows.append({"speaker": e.speaker, "rules alone": e.rule_stance or e.stance,
                     "second reader": reading.label if reading else "(not run)",
                     "probability": round(reading.probability, 2) if reading else None,
                     "shown": e.stance,
                     "strongest reasons": ", ".join(name.removeprefix("word:") for name, _ in reading.reasons[:reasons])
                     if reading else ""})
    return rows


def quote_tone_rows(article, findings) -> list[dict]:
    """Every quote with VADER's compound score (the tone of what was said, whatever it is about)."""
    from .vader_explained import explain_vader

    rows = []
    for quote in getattr(findings, "quotes", []) or []:
        plain = article.plain[quote.start:quote.end]
        rows.append({"speaker": _speaker_name(quote) or "(unattributed)", "kind": getattr(quote, "kind", ""),
                     "VADER": explain_vader(plain, normalise=False).compound, "quote": article.text[quote.start:quote.end]})
    return rows


def biggest_disagreement(result: TargetSentiment) -> SentenceScore | None:
    """The sentence whose tone (VADER) and score toward the target differ most; ``None`` without mentions.

    Ties go to the earlier sentence.
    """
    scored = [s for s in result.sentences if s.toward_target is not None and s.toward_target.score is not None]
    if not scored:
        return None
    return max(scored, key=lambda s: (round(abs(s.toward_target.score - s.compound), 6), -s.index))


def compare_rows(texts: list[str], target: str, cues: list[StanceCue] | None = None) -> list[dict]:
    """For a few sentences: VADER's tone and the label toward ``target``, side by side."""
    from .vader_explained import sentiment_score

    rows = []
    for letter, text in zip("abcdefghij", texts):
        scored = score_text_toward(text, target, cues=cues)
        rows.append({"": letter, "sentence": text, "VADER": sentiment_score(text),
                     f"toward {target}": scored.score, "label": scored.label})
    return rows
