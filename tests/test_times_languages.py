"""Times written in languages other than English: month names, time leads ("a las", "às",
"um", "om"), hours in "h" and "Uhr", zones named in words, CJK dates, words for "tomorrow"
and for parts of the day, and a second hour in "h" after "ou".

Every case is sent on Monday 2 March 2026 at 09:14 in New York unless it says otherwise;
``day_first`` is left to the extractor.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from timecases import COLUMNS, MADRID_TUE_1200, Expected, case, starts

DATES_TIMES_AND_ZONES = [
    case("a Spanish date with 'de' and a time after 'a las'",
         "Te propongo el miércoles 11 de marzo a las 9:30.", "2026-03-11T09:30:00"),
    case("a bare hour after 'alle' before 'oppure' (or) is a time, and the one after it",
         "Possiamo sentirci mercoledì 4 alle 11 oppure giovedì 5 alle 16?", "2026-03-04T11:00:00",
         "2026-03-05T16:00:00"),
    case("a bare hour after 'às' before 'ou' (or) is a time",
         "Pode ser na quarta às 10 ou na quinta às 15?", "2026-03-04T10:00:00", "2026-03-05T15:00:00"),
    case("a Spanish weekday with a bare day number before 'a las'",
         "¿Te viene bien el martes 10 a las 18:00?", "2026-03-10T18:00:00"),
    case("a Spanish zone in brackets after the time, and for the next slot too",
         "Opciones:\n- martes 10 de marzo a las 11:00 (hora peninsular)\n- o jueves 12 a las 17:30",
         "2026-03-10T11:00:00+01:00", "2026-03-12T17:30:00+01:00"),
    case("a Mexican zone named after 'hrs'",
         "Fecha: viernes 13 de marzo\nHora: 09:00 hrs (hora del centro de México)",
         "2026-03-13T09:00:00-06:00"),
    case("a Portuguese hour written '16h' after 'às', with Brasília time",
         "Pode ser na sexta (06/03) às 16h, horário de Brasília?", "2026-03-06T16:00:00-03:00"),
    case("a Latin American zone makes two small numbers day first",
         "Sugiro 05/03 às 10h, horário de Brasília.", "2026-03-05T10:00:00-03:00"),
    case("a Portuguese date with 'de' and minutes after the h",
         "Sugiro 9 de março às 14h45.", "2026-03-09T14:45:00"),
    case("a Polish month in the genitive with 'godz.' and Polish time",
         "Termin: środa, 4 marca 2026, godz. 15:30 (czasu polskiego)", "2026-03-04T15:30:00+01:00"),
    case("a German date with a dotted day and a time in Uhr",
         "Passt Ihnen Donnerstag, 5. März um 14 Uhr?", "2026-03-05T14:00:00"),
    case("a German time with minutes in Uhr and a zone after it",
         "Termin am 5. März, 10.30 Uhr MEZ", "2026-03-05T10:30:00+01:00"),
    case("a Dutch month after the day",
         "Kun je op woensdag 18 maart, 11:00?", "2026-03-18T11:00:00"),
    case("a French date with the time written '15h30' and Paris time",
         "Je vous propose le jeudi 19 mars à 15h30 (heure de Paris).", "2026-03-19T15:30:00+01:00"),
    case("an Italian month after the day",
         "Che ne dice di giovedì 26 marzo alle 10:00?", "2026-03-26T10:00:00"),
    case("a Japanese date with its weekday in brackets and a full-width range",
         "・3月24日(火) 10:00～11:00 JST", "2026-03-24T10:00:00+09:00"),
    case("a Chinese date with its year",
         "面试时间：2026年3月9日 14:00", "2026-03-09T14:00:00"),
    case("a Portuguese ordinal word is no weekday without a date",
         "A segunda entrevista será às 15h."),
    case("the first of a month written '1er' in French, before another option on the same line",
         "Je peux vous recevoir le mercredi 1er avril à 9h45, sinon le vendredi 3 avril à 16h.",
         "2026-04-01T09:45:00", "2026-04-03T16:00:00"),
    case("the first of a month written '1º' in Spanish",
         "¿Le viene bien el 1º de abril a las 12:30?", "2026-04-01T12:30:00"),
    case("Canadian French hours with spaces around the h, and a Quebec zone for both",
         "Pourriez-vous venir le mardi 10 mars à 9 h 45, ou le mercredi 11 à 14 h (heure de Québec)?",
         "2026-03-10T09:45:00-04:00", "2026-03-11T14:00:00-04:00"),
    case("a spaced hour in h without a lead is an amount",
         "Le poste compte 8 h par jour; entretien le jeudi 12 mars à 10h.", "2026-03-12T10:00:00"),
    case("a reply deadline in French ('d'ici le') is no slot",
         "Merci de confirmer d'ici le 9 mars à 17h; l'entretien aura lieu le mercredi 11 mars à 10h.",
         "2026-03-11T10:00:00"),
    case("a reply deadline in Spanish, Dutch, German and Italian is no slot",
         "Confirme antes del 5 de marzo a las 12:00.\nGraag uiterlijk op 5 maart om 12:00 reageren.\n"
         "Bitte spätestens am 5. März um 12 Uhr antworten.\nRisponda entro il 5 marzo alle 12:00.\n"
         "Entrevista: lunes 9 de marzo a las 10:00.", "2026-03-09T10:00:00"),
    case("French weekdays alone before 'à' and a time",
         "Je vous propose mardi à 10h30 ou jeudi à 16h.", "2026-03-03T10:30:00", "2026-03-05T16:00:00"),
    case("a German weekday alone before a comma and a time in Uhr",
         "Hätten Sie Freitag, 11 Uhr Zeit?", "2026-03-06T11:00:00"),
    case("a Spanish weekday alone before 'a las'",
         "¿Le viene bien el jueves a las 17:00?", "2026-03-05T17:00:00"),
    case("a German slot followed by 'absagen' is the old one",
         "Leider müssen wir das Gespräch am Dienstag um 14:00 absagen. Ginge stattdessen Donnerstag, 12. März um 10:00?",
         "2026-03-12T10:00:00"),
    case("a German slot after 'auf' before 'verschieben' is the new one",
         "Können wir das Gespräch auf Mittwoch um 15 Uhr verschieben?", "2026-03-04T15:00:00"),
    case("a Portuguese slot someone cannot take part in is the old one",
         "A gestora não vai conseguir participar da conversa de quinta-feira às 11h. "
         "Podemos fazer na sexta-feira, 06/03, às 14h?", "2026-03-06T14:00:00"),
    case("a Dutch slot that 'gaat niet door' is the old one",
         "Ons gesprek van woensdag om 9:00 gaat helaas niet door. Past vrijdag 6 maart om 13:00?",
         "2026-03-06T13:00:00"),
    case("a French slot that 'est annulé' is the old one",
         "Notre entretien de mardi à 15h est malheureusement annulé ; seriez-vous libre vendredi 6 mars à 11h ?",
         "2026-03-06T11:00:00"),
    case("a length after 'Durée' is no time, and a reply deadline after 'd'ici le' and a weekday is none either",
         "Date : le mercredi 11 mars 2026\nHeure : 14 h (heure de l'Est)\nDurée : 1 h 30\n"
         "Merci de confirmer d'ici le vendredi 6 mars, 17 h.", "2026-03-11T14:00:00-04:00"),
    case("a length after a verb of lasting is no time: French 'durera environ 1 h 15'",
         "Rencontre prévue le jeudi 12 mars à 9 h 30 ; elle durera environ 1 h 15.", "2026-03-12T09:30:00"),
    case("a length after German 'dauert' is no time", "Termin: Do., 12.03. um 10:00 Uhr. Es dauert ca. 1:30.",
         "2026-03-12T10:00:00"),
    case("a French weekday with a part of the day before its time", "Sinon, vendredi matin à 9h15 me va aussi.",
         "2026-03-06T09:15:00", sent=MADRID_TUE_1200),
    case("Turkish 'yarın' is tomorrow, and a weekday written right before its time is that day",
         "Yarın saat 11:00'de uygun musunuz? Olmazsa perşembe 16:00 da olur.", "2026-03-04T11:00:00",
         "2026-03-05T16:00:00", sent=MADRID_TUE_1200),
    case("Japanese '明日' before a time written with a colon is tomorrow",
         "明日の14:30からオンラインで30分ほどいかがでしょうか。", "2026-03-04T14:30:00", sent=MADRID_TUE_1200),
    case("a Chinese reply deadline ('前') is no interview time",
         "面试时间：3月10日 上午10:00。请于3月6日18:00前回复确认。", "2026-03-10T10:00:00", sent=MADRID_TUE_1200),
    case("a Dutch slot named as 'ons gesprek van' and moved later in the sentence is the old one",
         "We moeten ons gesprek van donderdag 10:00 voor de rol van planner helaas verplaatsen. "
         "Past vrijdag 6 maart om 11:00?", "2026-03-06T11:00:00", sent=MADRID_TUE_1200),
    case("a Dutch slot that 'kan niet doorgaan' is the old one",
         "Het gesprek van morgen om 9:00 kan helaas niet doorgaan. Lukt maandag 9 maart om 9:00?",
         "2026-03-09T09:00:00", sent=MADRID_TUE_1200),
    case("a Polish slot the writer 'nie da rady' keep is the old one",
         "Przepraszam, nie dam rady w czwartek o 10:00. Czy możemy w piątek 6.03 o 12:00?",
         "2026-03-06T12:00:00", sent=MADRID_TUE_1200),
    case("a French move 'de' the old slot 'au' a new day 'même heure' keeps the old hour",
         "Pourrions-nous décaler l'entretien de jeudi 5 mars 15h au lundi 9 mars, même heure ? Sinon mardi 10 à 11h.",
         "2026-03-10T11:00:00", "2026-03-09T15:00:00", sent=MADRID_TUE_1200),
    case("a German time's 'Uhr' comes before its zone, and the bracket restating it in a city counts once",
         "- Dienstag, 10. März, 17:00 Uhr MEZ (11:00 Uhr in Toronto)", "2026-03-10T17:00:00+01:00",
         sent=MADRID_TUE_1200),
    case("a room number after a word ending like a lead word is no time",
         "Entretien le jeudi 12 mars à 10h, salle 3.15, bâtiment B.", "2026-03-12T10:00:00"),
    case("a day number after a word that is no weekday is no date",
         "Somos 20 a las 10:00 en la oficina."),
    case("Swedish 'imorgon kl 15' is tomorrow at three", "Har du tid imorgon kl 15?", "2026-03-03T15:00:00"),
    case("a Nordic weekday before 'kl' and a bare hour", "Passer torsdag kl 10 for dig?", "2026-03-05T10:00:00"),
    case("Spanish 'hoy' and an hour written with 'hs'", "Te espero hoy a las 17 hs en la oficina.",
         "2026-03-02T17:00:00"),
    case("'9h' right after 'tomorrow'", "can we talk tomorrow 9h Brasília time?", "2026-03-03T09:00:00-03:00"),
    case("Dutch 'om half 3' is half past two", "Zullen we morgen om half 3 even bellen?", "2026-03-03T14:30:00"),
    case("a Turkish date and 'saat'", "Sizi 10 Mart 2026 Salı günü saat 14:00'te bekliyoruz.", "2026-03-10T14:00:00"),
    case("a Turkish weekday before 'saat'", "Önümüzdeki Çarşamba saat 10:30'da gelebilir misiniz?",
         "2026-03-04T10:30:00"),
    case("a Czech date in the genitive", "Přijďte ve středu 4. března v 9:30.", "2026-03-04T09:30:00"),
    case("an Italian dotted time after 'ore'", "- mercoledì 4 marzo, ore 9.30", "2026-03-04T09:30:00"),
    case("a Dutch range 'van ... tot ... uur' starts at its first time", "op woensdag 4 maart van 15.30 tot 16.30 uur",
         "2026-03-04T15:30:00"),
    case("'Mexico central time' is Mexico City's", "All in Mexico central time: Wednesday March 4, 10:00 hrs",
         "2026-03-04T10:00:00-06:00"),
    case("'Chile continental time' is Santiago's", "Wednesday March 4 at 9:30 hrs (Chile continental time)",
         "2026-03-04T09:30:00-03:00"),
    case("Spanish 'la charla de mañana' is tomorrow's", "Te paso el link para la charla de mañana a las 16 hs.",
         "2026-03-03T16:00:00"),
    case("Swedish, Danish and Norwegian month names", "Passar onsdag 13 maj kl. 10:00? Ellers torsdag den 5. marts "
         "kl. 14.00, eller fredag 18. desember kl. 9:30.", "2026-05-13T10:00:00", "2026-03-05T14:00:00",
         "2026-12-18T09:30:00"),
    case("'next' written after a foreign weekday", "Sarebbe possibile venerdì prossimo alle 9:30? Sinon, jeudi "
         "prochain à 15h.", "2026-03-06T09:30:00", "2026-03-05T15:00:00"),
    case("a time in h after a clock emoji, on the line under an emoji-led date",
         "Tudo certo para a sua entrevista:\n🗓️ sexta-feira, 6/3\n🕓 16h (horário de Brasília)",
         "2026-03-06T16:00:00-03:00", sent=MADRID_TUE_1200),
    case("Swedish 'flytta ... till' leads to the new slot, not to a deadline",
         "Vår chef är bortrest på torsdag. Går det att flytta samtalet till fredag 6 mars kl. 13.30?",
         "2026-03-06T13:30:00", sent=MADRID_TUE_1200),
    case("'dia'/'día' between a weekday and its number", "Que tal quinta-feira, dia 5, às 10h30? "
         "Si no, el lunes, día 9, a las 12:00.", "2026-03-05T10:30:00", "2026-03-09T12:00:00"),
]

TOMORROW_AND_PARTS_OF_THE_DAY = [
    case("Spanish 'mañana' before a weekday is tomorrow",
         "¿Podrías mañana miércoles a las 16:30?", "2026-03-04T16:30:00", sent=MADRID_TUE_1200),
    case("Spanish 'de la mañana' is a part of the day, not tomorrow",
         "¿Te va bien el viernes 6 de marzo a las 9 de la mañana?", "2026-03-06T09:00:00", sent=MADRID_TUE_1200),
    case("Spanish 'de la tarde' puts a bare hour in the afternoon",
         "Quedamos el lunes 9 de marzo a las 4 de la tarde.", "2026-03-09T16:00:00", sent=MADRID_TUE_1200),
    case("Portuguese 'amanhã' with an hour in h and Brasília time",
         "Conseguimos amanhã às 11h, horário de Brasília?", "2026-03-04T11:00:00-03:00", sent=MADRID_TUE_1200),
    case("French 'demain' with a time in h",
         "Seriez-vous libre demain à 10h15 ?", "2026-03-04T10:15:00", sent=MADRID_TUE_1200),
    case("Polish 'jutro' with 'o' before the time",
         "Czy możemy porozmawiać jutro o 13:30?", "2026-03-04T13:30:00", sent=MADRID_TUE_1200),
    case("German 'morgen' with 'um' and Uhr",
         "Hätten Sie morgen um 9 Uhr Zeit?", "2026-03-04T09:00:00", sent=MADRID_TUE_1200),
    case("German 'am Morgen' is the morning, not tomorrow",
         "Am Morgen des 10. März um 8:30 Uhr beginnt das Gespräch.", "2026-03-10T08:30:00", sent=MADRID_TUE_1200),
    case("a Dutch dotted time after 'om' and before 'uur'",
         "Schikt dinsdag 17 maart om 11.15 uur?", "2026-03-17T11:15:00", sent=MADRID_TUE_1200),
    case("a dotted German date after a German weekday",
         "Wie wäre es mit Freitag 13.3. um 15 Uhr?", "2026-03-13T15:00:00", sent=MADRID_TUE_1200),
    case("Chinese dates with their weekday in brackets and the part of the day right before each time",
         "请问3月10日（周二）上午10:00或3月12日（周四）下午3:00是否方便？", "2026-03-10T10:00:00", "2026-03-12T15:00:00",
         sent=MADRID_TUE_1200),
    case("a Korean date with its weekday in brackets",
         "일시: 3월 10일(화) 14:00", "2026-03-10T14:00:00", sent=MADRID_TUE_1200),
    case("Chinese hours counted with 点, the half hour with 半, and the afternoon before them",
         "面试安排在3月11日（周三）下午4点或3月13日上午9点半，您看哪个方便？", "2026-03-11T16:00:00",
         "2026-03-13T09:30:00", sent=MADRID_TUE_1200),
    case("Japanese hours and minutes counted with 時 and 分; an hour-long 時間 is a length",
         "面接は1時間ほどです。3月12日（木）15時15分に受付までお越しください。", "2026-03-12T15:15:00",
         sent=MADRID_TUE_1200),
    case("Korean hours counted with 시 after 오후; 시간 is a length",
         "면접은 1시간 정도이며 3월 12일 오후 3시 30분에 본사 로비에서 뵙겠습니다.", "2026-03-12T15:30:00",
         sent=MADRID_TUE_1200),
    case("Hindi-English 'kal' is tomorrow, 'baje' counts the hour and 'shaam' puts it in the evening",
         "Ana ji, kal shaam 7 baje ek video call ho sakti hai? Panel mein do log honge.", "2026-03-04T19:00:00",
         sent=MADRID_TUE_1200),
    case("Italian 'alle' before a bare hour, and what it is for after it",
         "Ciao Andrea, passi lunedì alle 17 per due chiacchiere?", "2026-03-09T17:00:00", sent=MADRID_TUE_1200),
    case("German 'um' before a bare hour followed by 'kurz'",
         "Kannst du Samstag um 11 kurz vorbeikommen?", "2026-03-07T11:00:00", sent=MADRID_TUE_1200),
    case("Spanish 'a las 6 y' reads the hour when a verb follows, 'a las 6 y media' the half hour, never the hour alone",
         "¿Te vienes el jueves a las 6 y charlamos? Si no, el viernes a las 6 y media.", "2026-03-05T18:00:00",
         "2026-03-06T18:30:00", sent=MADRID_TUE_1200),
    case("Italian 'e mezza' and 'e un quarto' after the hour",
         "Va bene lunedì alle 10 e mezza? Oppure martedì alle 9 e un quarto.", "2026-03-09T10:30:00",
         "2026-03-10T09:15:00", sent=MADRID_TUE_1200),
    case("French 'à 10 heures' and 'vers 11h'", "Rendez-vous lundi 9 mars à 10 heures, ou mardi vers 11h ?",
         "2026-03-09T10:00:00", "2026-03-10T11:00:00", sent=MADRID_TUE_1200),
    case("French hours counted as a length are no time", "Le poste est à 35 heures par semaine, dès lundi."),
    case("a range written 'de ... a/à ...' gives its start once, with its end",
         "La entrevista será el jueves 5 de 10:00 a 11:00 h. Ou bien vendredi 6 mars de 14h à 15h.",
         "2026-03-05T10:00:00", "2026-03-06T14:00:00", sent=MADRID_TUE_1200),
    case("Italian 'dalle ... alle ...' with bare hours is one range", "Sei libero giovedì dalle 10 alle 11?",
         "2026-03-05T10:00:00", sent=MADRID_TUE_1200),
    case("'de' between two bare numbers that are no hours is no range",
         "Buscamos de 2 a 3 personas; la entrevista es el jueves 5 a las 10:00.", "2026-03-05T10:00:00",
         sent=MADRID_TUE_1200),
    case("a foreign weekday before 'vers', 'gegen' or 'que viene'",
         "Mardi vers 11h ? Sonst Donnerstag gegen 15 Uhr. O el lunes que viene a las 10.", "2026-03-10T11:00:00",
         "2026-03-05T15:00:00", "2026-03-09T10:00:00", sent=MADRID_TUE_1200),
    case("Italian 'è fissato per' confirms the slot rather than giving it up",
         "Il colloquio è fissato per venerdì 6 marzo alle 15:00.", "2026-03-06T15:00:00", sent=MADRID_TUE_1200),
    case("an evening time after 下午 written with a colon is in the afternoon",
         "复试时间：3月12日 下午7:30", "2026-03-12T19:30:00", sent=MADRID_TUE_1200),
    case("a Japanese time right after 午後",
         "3月10日（火）午後2:00から", "2026-03-10T14:00:00", sent=MADRID_TUE_1200),
]

SECOND_H_TIMES = [
    case("a second time in h after 'ou' shares the lead of the first",
         "Je vous propose mercredi 4 mars à 10h ou 15h30.", "2026-03-04T10:00:00", "2026-03-04T15:30:00",
         sent=MADRID_TUE_1200),
    case("hours in h joined by 'or' without a lead stay amounts",
         "Shifts last 8h or 10h; the trial is on Thursday 5 March.", sent=MADRID_TUE_1200),
]


@pytest.mark.parametrize(COLUMNS, DATES_TIMES_AND_ZONES)
def test_reads_dates_times_and_zones_of_other_languages(
    text: str, sent: datetime | None, subject: str | None, expected: Expected
) -> None:
    assert starts(text, sent, subject=subject) == expected


@pytest.mark.parametrize(COLUMNS, TOMORROW_AND_PARTS_OF_THE_DAY)
def test_reads_tomorrow_and_parts_of_the_day_in_other_languages(
    text: str, sent: datetime | None, subject: str | None, expected: Expected
) -> None:
    assert starts(text, sent, subject=subject) == expected


@pytest.mark.parametrize(COLUMNS, SECOND_H_TIMES)
def test_a_second_hour_in_h_needs_the_lead_of_the_first(
    text: str, sent: datetime | None, subject: str | None, expected: Expected
) -> None:
    assert starts(text, sent, subject=subject) == expected
