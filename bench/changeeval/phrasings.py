"""Every phrasing of the facts-that-change set: its name, the offset of its generator's seed
from `generate.SEED`, and the words of its kinds. The main one is written to
`bench/changeeval/`, each other one to its own directory there."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bench.changeeval.afterhours import afterhours_kinds
from bench.changeeval.allotment import allotment_kinds
from bench.changeeval.askingly import askingly_kinds
from bench.changeeval.because import because_kinds
from bench.changeeval.brisk import brisk_kinds
from bench.changeeval.broad import broad_kinds
from bench.changeeval.bundled import bundled_kinds
from bench.changeeval.business import business_kinds
from bench.changeeval.busstop import busstop_kinds
from bench.changeeval.callback import callback_kinds
from bench.changeeval.candid import candid_kinds
from bench.changeeval.celebrating import celebrating_kinds
from bench.changeeval.checking import checking_kinds
from bench.changeeval.checklist import checklist_kinds
from bench.changeeval.clinical import clinical_kinds
from bench.changeeval.cluttered import cluttered_kinds
from bench.changeeval.codeswitch import codeswitch_kinds
from bench.changeeval.complaint import complaint_kinds
from bench.changeeval.contrast import contrast_kinds
from bench.changeeval.counter import counter_kinds
from bench.changeeval.crossline import crossline_kinds
from bench.changeeval.crowded import crowded_kinds
from bench.changeeval.daybreak import daybreak_kinds
from bench.changeeval.dictation import dictation_kinds
from bench.changeeval.doorstep import doorstep_kinds
from bench.changeeval.elderly import elderly_kinds
from bench.changeeval.everyday import everyday_kinds
from bench.changeeval.facts import KINDS
from bench.changeeval.facts import Kind
from bench.changeeval.faltering import faltering_kinds
from bench.changeeval.feelings import feelings_kinds
from bench.changeeval.final_blind import final_blind_kinds
from bench.changeeval.fireside import fireside_kinds
from bench.changeeval.footnote import footnote_kinds
from bench.changeeval.formal import formal_kinds
from bench.changeeval.frontdesk import frontdesk_kinds
from bench.changeeval.guarded import guarded_kinds
from bench.changeeval.hallway import hallway_kinds
from bench.changeeval.hangout import hangout_kinds
from bench.changeeval.harbour import harbour_kinds
from bench.changeeval.hearsay import hearsay_kinds
from bench.changeeval.hedging import hedging_kinds
from bench.changeeval.heldout import final_kinds
from bench.changeeval.heldout import fresh_kinds
from bench.changeeval.heldout import heldout_kinds
from bench.changeeval.heldout import unseen_kinds
from bench.changeeval.homeward import homeward_kinds
from bench.changeeval.household import household_kinds
from bench.changeeval.humour import humour_kinds
from bench.changeeval.insistent import insistent_kinds
from bench.changeeval.interrupted import interrupted_kinds
from bench.changeeval.kettleside import kettleside_kinds
from bench.changeeval.lamplight import lamplight_kinds
from bench.changeeval.lastcall import lastcall_kinds
from bench.changeeval.lastly import lastly_kinds
from bench.changeeval.launderette import launderette_kinds
from bench.changeeval.learner import learner_kinds
from bench.changeeval.litotes import litotes_kinds
from bench.changeeval.lowkey import lowkey_kinds
from bench.changeeval.mailroom import mailroom_kinds
from bench.changeeval.metaphor import metaphor_kinds
from bench.changeeval.nightline import nightline_kinds
from bench.changeeval.novel import novel_kinds
from bench.changeeval.onhold import onhold_kinds
from bench.changeeval.orchard import orchard_kinds
from bench.changeeval.outofdate import outofdate_kinds
from bench.changeeval.overheard import overheard_kinds
from bench.changeeval.parlour import parlour_kinds
from bench.changeeval.plain import plain_kinds
from bench.changeeval.porchlight import porchlight_kinds
from bench.changeeval.pronouns import pronouns_kinds
from bench.changeeval.ramble import ramble_kinds
from bench.changeeval.reading import reading_kinds
from bench.changeeval.riddle import riddle_kinds
from bench.changeeval.ringing import ringing_kinds
from bench.changeeval.southern import southern_kinds
from bench.changeeval.spelled import spelled_kinds
from bench.changeeval.switchboard import switchboard_kinds
from bench.changeeval.tangent import tangent_kinds
from bench.changeeval.teatime import teatime_kinds
from bench.changeeval.terse import terse_kinds
from bench.changeeval.timeline import timeline_kinds
from bench.changeeval.verification import verification_kinds
from bench.changeeval.waitingroom import waitingroom_kinds
from bench.changeeval.whatif import whatif_kinds
from bench.changeeval.windowseat import windowseat_kinds
from bench.changeeval.workshop import workshop_kinds
from bench.changeeval.worldwide import worldwide_kinds


@dataclass(frozen=True)
class Phrasing:
    seed_offset: int
    kinds: Callable[[], list[Kind]]


PHRASINGS: dict[str, Phrasing] = {
    "main": Phrasing(0, lambda: KINDS),
    "heldout": Phrasing(1, heldout_kinds),  # heldout to unseen: the words of heldout.py
    "final": Phrasing(2, final_kinds),
    "fresh": Phrasing(3, fresh_kinds),
    "unseen": Phrasing(4, unseen_kinds),
    "novel": Phrasing(5, novel_kinds),  # novel on: each written blind, in its own module
    "overheard": Phrasing(6, overheard_kinds),
    "candid": Phrasing(7, candid_kinds),
    "plain": Phrasing(8, plain_kinds),
    "everyday": Phrasing(9, everyday_kinds),
    "lastly": Phrasing(10, lastly_kinds),
    "final_blind": Phrasing(11, final_blind_kinds),
    "ringing": Phrasing(12, ringing_kinds),
    "doorstep": Phrasing(13, doorstep_kinds),
    "counter": Phrasing(14, counter_kinds),
    "onhold": Phrasing(15, onhold_kinds),
    "switchboard": Phrasing(16, switchboard_kinds),
    "frontdesk": Phrasing(17, frontdesk_kinds),
    "afterhours": Phrasing(18, afterhours_kinds),
    "lastcall": Phrasing(19, lastcall_kinds),
    "nightline": Phrasing(20, nightline_kinds),
    "daybreak": Phrasing(21, daybreak_kinds),
    "teatime": Phrasing(22, teatime_kinds),
    "callback": Phrasing(23, callback_kinds),
    "homeward": Phrasing(24, homeward_kinds),
    "porchlight": Phrasing(25, porchlight_kinds),
    "windowseat": Phrasing(26, windowseat_kinds),
    "lamplight": Phrasing(27, lamplight_kinds),
    "kettleside": Phrasing(28, kettleside_kinds),
    "hallway": Phrasing(29, hallway_kinds),
    "busstop": Phrasing(30, busstop_kinds),
    "waitingroom": Phrasing(31, waitingroom_kinds),
    "allotment": Phrasing(32, allotment_kinds),
    "launderette": Phrasing(33, launderette_kinds),
    "workshop": Phrasing(34, workshop_kinds),
    "crossline": Phrasing(35, crossline_kinds),
    "codeswitch": Phrasing(36, codeswitch_kinds),
    "parlour": Phrasing(37, parlour_kinds),
    "hangout": Phrasing(38, hangout_kinds),
    "brisk": Phrasing(39, brisk_kinds),
    "footnote": Phrasing(40, footnote_kinds),
    "guarded": Phrasing(41, guarded_kinds),
    "tangent": Phrasing(42, tangent_kinds),
    "faltering": Phrasing(43, faltering_kinds),
    "broad": Phrasing(44, broad_kinds),
    "learner": Phrasing(45, learner_kinds),
    "checklist": Phrasing(46, checklist_kinds),
    "mailroom": Phrasing(47, mailroom_kinds),
    "fireside": Phrasing(48, fireside_kinds),
    "harbour": Phrasing(49, harbour_kinds),
    "orchard": Phrasing(50, orchard_kinds),
    "crowded": Phrasing(51, crowded_kinds),
    "riddle": Phrasing(52, riddle_kinds),
    "hearsay": Phrasing(53, hearsay_kinds),
    "ramble": Phrasing(54, ramble_kinds),
    "terse": Phrasing(55, terse_kinds),
    "formal": Phrasing(56, formal_kinds),
    "timeline": Phrasing(57, timeline_kinds),
    "lowkey": Phrasing(58, lowkey_kinds),
    "contrast": Phrasing(59, contrast_kinds),
    "askingly": Phrasing(60, askingly_kinds),
    "elderly": Phrasing(61, elderly_kinds),
    "southern": Phrasing(62, southern_kinds),
    "business": Phrasing(63, business_kinds),
    "clinical": Phrasing(64, clinical_kinds),
    "worldwide": Phrasing(65, worldwide_kinds),
    "hedging": Phrasing(66, hedging_kinds),
    "interrupted": Phrasing(67, interrupted_kinds),
    "feelings": Phrasing(68, feelings_kinds),
    "humour": Phrasing(69, humour_kinds),
    "dictation": Phrasing(70, dictation_kinds),
    "bundled": Phrasing(71, bundled_kinds),
    "outofdate": Phrasing(72, outofdate_kinds),
    "metaphor": Phrasing(73, metaphor_kinds),
    "spelled": Phrasing(74, spelled_kinds),
    "complaint": Phrasing(75, complaint_kinds),
    "cluttered": Phrasing(76, cluttered_kinds),
    "pronouns": Phrasing(77, pronouns_kinds),
    "checking": Phrasing(78, checking_kinds),
    "litotes": Phrasing(79, litotes_kinds),
    "whatif": Phrasing(80, whatif_kinds),
    "because": Phrasing(81, because_kinds),
    "insistent": Phrasing(82, insistent_kinds),
    "household": Phrasing(83, household_kinds),
    "verification": Phrasing(84, verification_kinds),
    "reading": Phrasing(85, reading_kinds),
    "celebrating": Phrasing(86, celebrating_kinds),
}
