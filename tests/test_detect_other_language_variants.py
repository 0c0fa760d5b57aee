"""Many ways recruiters write one intent in German, French, Spanish, Portuguese, Italian, Dutch,
Chinese, Japanese and Korean, with the look-alikes of each language beside them.

Like the English table (test_detect_english_variants), this holds for each intent wordings
in different registers (formal, terse, ATS) so a rule tuned to one wording shows its gaps;
test_detect_languages holds one mail per kind and language.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from wordingcases import Wording, assert_label, awaited_times, mail_from

from tactful.core.detect import detect
from tactful.core.model import Email, Label

SENT = datetime.fromisoformat("2026-09-14T10:05:00+02:00")
INVITE, SCHEDULED, MOVE, NO = Label.INVITE, Label.SCHEDULED, Label.RESCHEDULE_REQUEST, Label.NOT_INVITE

# (sender, subject, body, label); the reader is a candidate at a personal address.
WORDINGS: dict[str, Wording] = {
    "es: asks for the reader's availability before naming one slot": (
        "Marta Gil <marta.gil@cardoso-ingenieria.es>", "Proceso de selección - Técnico/a de Calidad",
        "Hola Tom:\n\nHemos revisado tu candidatura y nos gustaría mantener una primera conversación contigo. ¿Cuál "
        "es tu disponibilidad esta semana? Por mi parte, el jueves 17 a las 9:30 me vendría bien.\n\nSaludos,\nMarta",
        INVITE),
    "es: the call said to be booked ('queda agendada')": (
        "Marta Gil <marta.gil@cardoso-ingenieria.es>", "RE: Proceso de selección - Técnico/a de Calidad",
        "Hola Tom:\n\nGenial, queda agendada la llamada para el jueves 17 a las 9:30. Te llamo al fijo.\n\nSaludos,\nMarta",
        SCHEDULED),
    "fr: asks the reader to send their availability for a first exchange": (
        "Hélène Marchal <helene.marchal@ardoise-conseil.fr>", "Votre candidature - Consultant(e) junior",
        "Bonjour Tom,\n\nVotre parcours nous intéresse. Merci de me communiquer vos disponibilités pour un premier "
        "échange téléphonique ; mardi 15 à 11h serait idéal de mon côté.\n\nCordialement,\nHélène Marchal", INVITE),
    "it: proposes two slots joined by 'oppure'": (
        "Paolo Greco <paolo.greco@cedrotech.it>", "Candidatura - Sviluppatore Android",
        "Ciao Tom,\n\nti andrebbe di sentirci per una prima chiacchierata? Martedì 15 alle 10 oppure mercoledì 16 alle "
        "15.\n\nA presto,\nPaolo", INVITE),
    "de: Sie-form offer of two slots": (
        "Sabine Roth <sabine.roth@lindwerk.de>", "Ihre Bewerbung – Buchhalter (m/w/d)",
        "Sehr geehrter Herr Jansen,\n\nwir möchten Sie gern persönlich kennenlernen. Passt Ihnen "
        "Donnerstag, der 17.09., um 11:00 Uhr oder Freitag, der 18.09., um 14:30 Uhr?\n\nMit "
        "freundlichen Grüßen\nSabine Roth\nPersonalabteilung", INVITE),
    "de: invitation to an interview with address": (
        "Sabine Roth <sabine.roth@lindwerk.de>", "Einladung zum Gespräch",
        "Hallo Herr Jansen,\n\nhiermit laden wir Sie zu einem Gespräch am Dienstag, 22. September "
        "2026, 9:30 Uhr in unsere Niederlassung in Kassel ein. Bitte bestätigen Sie den Termin kurz "
        "per Mail.\n\nViele Grüße\nSabine Roth", INVITE),
    "de: du-form terse startup": (
        "Sabine Roth <sabine.roth@lindwerk.de>", "Kurzer Call?",
        "Hi Tom, dein Profil passt super zu unserer Backend-Stelle. Lust auf einen kurzen Call "
        "morgen um 16 Uhr? Grüße, Sabine", INVITE),
    "de: confirmation of fixed appointment": (
        "Sabine Roth <sabine.roth@lindwerk.de>", "Bestätigung Ihres Vorstellungstermins",
        "Sehr geehrter Herr Jansen,\n\nhiermit bestätigen wir Ihren Termin am Mittwoch, 23.09.2026 um "
        "10:00 Uhr. Bitte melden Sie sich am Empfang im Erdgeschoss.\n\nMit freundlichen Grüßen\nSabine "
        "Roth", SCHEDULED),
    "de: postpone the interview": (
        "Sabine Roth <sabine.roth@lindwerk.de>", "Verschiebung unseres Termins",
        "Sehr geehrter Herr Jansen,\n\nleider muss ich unser Gespräch am Donnerstag absagen, da ich "
        "kurzfristig verreisen muss. Könnten wir es auf Montag, den 21.09., um 9 Uhr verschieben?\n\n"
        "Mit freundlichen Grüßen\nSabine Roth", MOVE),
    "de: rejection after the interview": (
        "Sabine Roth <sabine.roth@lindwerk.de>", "Ihre Bewerbung",
        "Sehr geehrter Herr Jansen,\n\nvielen Dank für das angenehme Gespräch letzte Woche. Nach "
        "reiflicher Überlegung haben wir uns für eine andere Kandidatin entschieden. Wir wünschen "
        "Ihnen alles Gute.\n\nSabine Roth", NO),
    "de: receipt": (
        "Sabine Roth <sabine.roth@lindwerk.de>", "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrter Herr Jansen,\n\nvielen Dank für Ihr Interesse. Ihre Unterlagen sind bei uns "
        "eingegangen und werden derzeit geprüft. Wir melden uns innerhalb von zwei Wochen bei Ihnen.\n"
        "\nIhr Recruiting-Team", NO),
    "fr: vouvoiement two slots": (
        "Claire Dubois <claire.dubois@maisonvert.fr>", "Votre candidature – Comptable",
        "Bonjour Monsieur Martin,\n\nVotre profil a retenu notre attention. Seriez-vous disponible "
        "jeudi 17 septembre à 10h ou vendredi 18 à 15h pour un échange téléphonique d'une demi-heure "
        "?\n\nBien cordialement,\nClaire Dubois\nChargée de recrutement", INVITE),
    "fr: convocation": (
        "Claire Dubois <claire.dubois@maisonvert.fr>", "Convocation entretien",
        "Monsieur,\n\nNous avons le plaisir de vous convier à un entretien le mardi 22 septembre 2026 "
        "à 14h00 dans nos locaux, 12 rue des Lilas, Nantes. Merci de nous confirmer votre présence.\n\n"
        "Claire Dubois", INVITE),
    "fr: confirmation": (
        "Claire Dubois <claire.dubois@maisonvert.fr>", "Confirmation de votre entretien",
        "Bonjour,\n\nJe vous confirme notre rendez-vous de mercredi 23 septembre à 11h. Vous serez "
        "reçu par le directeur financier.\n\nCordialement,\nClaire Dubois", SCHEDULED),
    "fr: move": (
        "Claire Dubois <claire.dubois@maisonvert.fr>", "Report de notre entretien",
        "Bonjour Monsieur Martin,\n\nUn imprévu m'oblige à décaler notre entretien prévu jeudi. "
        "Pourrions-nous le reporter au lundi 21 septembre à 10h ?\n\nToutes mes excuses,\nClaire Dubois", MOVE),
    "fr: rejection": (
        "Claire Dubois <claire.dubois@maisonvert.fr>", "Suite à votre candidature",
        "Bonjour,\n\nNous vous remercions de l'intérêt porté à notre société. Malheureusement, nous ne "
        "pouvons donner une suite favorable à votre candidature.\n\nCordialement,\nLe service RH", NO),
    "fr: booking link": (
        "Claire Dubois <claire.dubois@maisonvert.fr>", "Prochaine étape",
        "Bonjour Paul,\n\nMerci pour votre candidature ! Pour la suite, je vous propose un premier "
        "appel de 20 minutes. Vous pouvez choisir le créneau qui vous arrange ici : "
        "https://calendly.com/claire-dubois/20min\n\nClaire", INVITE),
    "es: usted two slots": (
        "Lucía Pérez <lucia.perez@tiendassol.es>", "Proceso de selección – Contable",
        "Estimado Sr. García:\n\nNos gustaría conocerle en persona. ¿Le vendría bien el jueves 17 de "
        "septiembre a las 10:00 o el viernes 18 a las 12:30?\n\nUn saludo,\nLucía Pérez\nRecursos Humanos", INVITE),
    "es: tú terse": (
        "Lucía Pérez <lucia.perez@tiendassol.es>", "entrevista",
        "Hola Pablo! Te escribo de Tiendas Sol por tu candidatura. ¿Puedes pasarte mañana a las 17h "
        "por la tienda para una entrevista? Pregunta por mí. Lucía", INVITE),
    "es: confirmation": (
        "Lucía Pérez <lucia.perez@tiendassol.es>", "Confirmación de entrevista",
        "Hola Pablo,\n\nTe confirmo la entrevista el miércoles 23 de septiembre a las 11:00 en "
        "nuestras oficinas de la calle Mayor 14. Trae tu DNI.\n\nSaludos,\nLucía", SCHEDULED),
    "es: move": (
        "Lucía Pérez <lucia.perez@tiendassol.es>", "Cambio de fecha",
        "Hola Pablo,\n\nPerdona, pero tengo que cambiar la entrevista del jueves. ¿Te va bien el lunes "
        "21 a las 10:00?\n\nLucía", MOVE),
    "es: rejection": (
        "Lucía Pérez <lucia.perez@tiendassol.es>", "Tu candidatura",
        "Hola Pablo,\n\nGracias por tu tiempo en la entrevista. Lamentablemente hemos decidido seguir "
        "con otros candidatos cuyo perfil se ajusta mejor.\n\nMucha suerte,\nLucía", NO),
    "es: receipt if profile fits": (
        "Lucía Pérez <lucia.perez@tiendassol.es>", "Hemos recibido tu candidatura",
        "Hola Pablo,\n\nGracias por inscribirte en la oferta. Si tu perfil encaja, nos pondremos en "
        "contacto contigo para concertar una entrevista.\n\nEquipo de Talento", NO),
    "pt: two slots": (
        "Mariana Costa <mariana.costa@grupoaurora.com.br>", "Processo seletivo – Analista Financeiro",
        "Olá, Pedro!\n\nGostaríamos de conversar com você sobre a vaga. Você teria disponibilidade na "
        "quinta, 17/09, às 10h, ou na sexta, 18/09, às 15h?\n\nAbraços,\nMariana Costa\nRecrutamento", INVITE),
    "pt: confirmation": (
        "Mariana Costa <mariana.costa@grupoaurora.com.br>", "Confirmação da entrevista",
        "Olá, Pedro,\n\nConfirmamos sua entrevista para quarta-feira, 23/09, às 14h, no nosso "
        "escritório na Av. Paulista, 900. Chegue com 10 minutos de antecedência.\n\nMariana", SCHEDULED),
    "pt: move": (
        "Mariana Costa <mariana.costa@grupoaurora.com.br>", "Remarcação",
        "Oi Pedro, tudo bem? Surgiu um imprevisto e precisamos remarcar a entrevista de quinta. Pode "
        "ser segunda, 21/09, às 10h?\n\nMariana", MOVE),
    "pt: rejection": (
        "Mariana Costa <mariana.costa@grupoaurora.com.br>", "Retorno do processo seletivo",
        "Olá, Pedro,\n\nAgradecemos sua participação. Neste momento, optamos por seguir com outros "
        "candidatos. Desejamos sucesso!\n\nEquipe de Recrutamento", NO),
    "it: two slots": (
        "Giulia Ferri <giulia.ferri@ferrotec.it>", "Candidatura – Contabile",
        "Gentile Paolo,\n\nLa ringraziamo per la candidatura. Sarebbe disponibile per un colloquio "
        "giovedì 17 settembre alle 10:00 oppure venerdì 18 alle 15:00?\n\nCordiali saluti,\nGiulia "
        "Ferri\nUfficio Personale", INVITE),
    "it: confirmation": (
        "Giulia Ferri <giulia.ferri@ferrotec.it>", "Conferma colloquio",
        "Gentile Paolo,\n\nLe confermo il colloquio di mercoledì 23 settembre alle ore 11:00 presso la "
        "nostra sede di via Roma 5, Torino.\n\nCordiali saluti,\nGiulia Ferri", SCHEDULED),
    "it: move": (
        "Giulia Ferri <giulia.ferri@ferrotec.it>", "Spostamento",
        "Gentile Paolo,\n\npurtroppo devo rinviare il nostro colloquio di giovedì. Le andrebbe bene "
        "lunedì 21 settembre alle 10:00?\n\nGiulia Ferri", MOVE),
    "it: rejection": (
        "Giulia Ferri <giulia.ferri@ferrotec.it>", "Esito selezione",
        "Gentile Paolo,\n\nla ringraziamo per il tempo dedicato al colloquio. Purtroppo abbiamo deciso "
        "di proseguire con altri candidati.\n\nCordiali saluti,\nUfficio Personale", NO),
    "nl: two slots": (
        "Sanne de Vries <sanne.devries@hollandbouw.nl>", "Je sollicitatie – Boekhouder",
        "Hoi Daan,\n\nLeuk dat je hebt gesolliciteerd! We willen graag kennismaken. Kun je donderdag "
        "17 september om 10.00 uur of vrijdag 18 september om 14.00 uur?\n\nGroet,\nSanne de Vries", INVITE),
    "nl: confirmation": (
        "Sanne de Vries <sanne.devries@hollandbouw.nl>", "Bevestiging sollicitatiegesprek",
        "Beste Daan,\n\nHierbij bevestig ik je gesprek op woensdag 23 september om 11.00 uur op ons "
        "kantoor in Utrecht. Meld je bij de receptie.\n\nMet vriendelijke groet,\nSanne de Vries", SCHEDULED),
    "nl: move": (
        "Sanne de Vries <sanne.devries@hollandbouw.nl>", "Gesprek verzetten",
        "Hoi Daan,\n\nHelaas moet ik ons gesprek van donderdag verzetten. Zou maandag 21 september om "
        "10.00 uur ook lukken?\n\nGroet,\nSanne", MOVE),
    "nl: rejection": (
        "Sanne de Vries <sanne.devries@hollandbouw.nl>", "Je sollicitatie",
        "Beste Daan,\n\nDank voor je sollicitatie. Helaas hebben we besloten je niet uit te nodigen "
        "voor een gesprek.\n\nMet vriendelijke groet,\nSanne de Vries", NO),
    "de: dentist reminder": (
        "Praxis Dr. Henning <termine@zahnarzt-henning.de>", "Terminerinnerung",
        "Guten Tag Herr Jansen,\n\nwir erinnern Sie an Ihren Termin zur Prophylaxe am Donnerstag, "
        "17.09.2026 um 08:15 Uhr. Bitte sagen Sie mindestens 24 Stunden vorher ab, falls Sie "
        "verhindert sind.\n\nIhr Praxisteam", NO),
    "de: job alert": (
        "StellenRadar <alerts@stellenradar.de>", "5 neue Jobs für „Buchhalter“ in Kassel",
        "Neue Stellenangebote für Sie:\n\nBuchhalter (m/w/d) – Lindwerk GmbH – Kassel\nFinanzbuchhalter "
        "– Ostbau AG – Göttingen\n\nJetzt bewerben und Vorstellungsgespräch sichern!\n\nAlerts verwalten "
        "| Abmelden", NO),
    "de: candidate's own reply": (
        "Tom Jansen <tom.jansen@gmx.de>", "AW: Einladung zum Gespräch",
        "Sehr geehrte Frau Roth,\n\nvielen Dank für die Einladung. Den Termin am Dienstag um 9:30 Uhr "
        "nehme ich gerne wahr.\n\nMit freundlichen Grüßen\nTom Jansen", NO),
    "de: internal meeting": (
        "Sabine Roth <sabine.roth@lindwerk.de>", "Abstimmung Quartalsabschluss",
        "Hallo zusammen,\n\nlasst uns am Donnerstag um 14 Uhr kurz den Quartalsabschluss besprechen. "
        "Raum 3.12.\n\nSabine", NO),
    "fr: medical appointment": (
        "Cabinet médical <rdv@cabinet-lilas.fr>", "Rappel de votre rendez-vous",
        "Bonjour,\n\nNous vous rappelons votre rendez-vous avec le Dr Morel le jeudi 17 septembre à "
        "9h30. En cas d'empêchement, merci de prévenir 48h à l'avance.\n\nLe secrétariat", NO),
    "fr: webinar": (
        "Forum Emploi <contact@forum-emploi.fr>", "Webinaire : réussir son entretien d'embauche",
        "Bonjour,\n\nInscrivez-vous à notre webinaire gratuit jeudi 17 septembre à 18h : nos experts "
        "vous donnent leurs conseils pour réussir vos entretiens. Places limitées !\n\nSe désinscrire", NO),
    "es: job alert": (
        "EmpleoYa <avisos@empleoya.es>", "Nuevas ofertas de Contable",
        "Hola Pablo, tenemos 12 nuevas ofertas que encajan con tu búsqueda:\n\nContable – Grupo Sur – "
        "Sevilla\nAuxiliar contable – Ferrer SL – Málaga\n\nVer todas las ofertas | Darse de baja", NO),
    "es: offer": (
        "Lucía Pérez <lucia.perez@tiendassol.es>", "Propuesta de contratación",
        "Hola Pablo,\n\n¡Enhorabuena! Nos alegra "
        "ofrecerte el puesto de Encargado de Tienda "
        "con un salario bruto anual de 28.000 €. "
        "Adjuntamos la carta de oferta; por favor, "
        "respóndenos antes del viernes.\n\nLucía", NO),
    "pt: assessment": (
        "Mariana Costa <mariana.costa@grupoaurora.com.br>", "Próxima etapa: teste online",
        "Olá, Pedro!\n\nA próxima etapa do processo é um teste de lógica online, que deve ser "
        "concluído até sexta, 18/09, às 23h59. Acesse pelo link: "
        "https://testes.grupoaurora.com.br/t/88\n\nBoa sorte!\nMariana", NO),
    "it: friends": (
        "Marco Bianchi <marco.bianchi@libero.it>", "colloquio",
        "Ciao Paolo! Com'è andato il colloquio di ieri? Ci vediamo sabato alle 20 per la pizza?\nMarco", NO),
    "nl: webinar": (
        "Carrièrebeurs <info@carrierebeurs.nl>", "Gratis webinar: sollicitatiegesprek voorbereiden",
        "Beste Daan,\n\nMeld je aan voor onze gratis webinar op donderdag 17 september om 19.00 uur en "
        "leer hoe je een sollicitatiegesprek voorbereidt.\n\nAfmelden", NO),
    "ja: invite": (
        "佐藤 花子 <hanako.sato@kumoden.co.jp>", "一次面接のご案内",
        "山田様\n\n"
        "この度はご応募いただきありがとうございます。一次面接を下記の日程でお願いできます"
        "でしょうか。\n\n"
        "候補日：9月17日（木）10:00〜11:00、9月18日（金）14:00〜15:00\n"
        "\nご都合の良い日時をご返信ください。\n\n佐藤", INVITE),
    "zh: invite": (
        "王丽 <li.wang@hanyun-tech.cn>", "面试邀请",
        "张先生您好：\n\n"
        "感谢您应聘我司数据分析师岗位。现邀请您于9月17日（周四）下午3点参加线上面试，"
        "请回复确认是否方便。\n\n王丽\n人力资源部", INVITE),
    "ko: rejection": (
        "인사팀 <recruit@hanbit-corp.kr>", "서류 전형 결과 안내",
        "김민수 님,\n\n지원해 주셔서 감사합니다. 아쉽게도 이번 채용에서는 함께하지 "
        "못하게 되었습니다. 앞으로의 활동을 응원합니다.\n\n인사팀 드림", NO),
    "es: a café owner's informal note asking to come by and talk": (
        "Marta Gil <marta@cafeteriasol.es>", "camarero",
        "hola Dani! vi tu cv para lo de camarero. te vienes el jueves a las 6 y charlamos? pregunta por mí en "
        "barra. Marta", INVITE),
    "pt: a bakery's informal note asking to come by tomorrow": (
        "Rui Lopes <rui@padariaflor.pt>", "vaga padeiro",
        "Olá Tiago, recebi o teu CV. Podes passar cá amanhã às 15h para falarmos? Rui", INVITE),
    "it: a trattoria's note asking to drop in for a chat": (
        "Luca Neri <luca@trattoriabella.it>", "cameriere",
        "Ciao Andrea, ho visto il tuo curriculum. Passi domani alle 17 per due chiacchiere? Luca", INVITE),
    "fr: a bakery's note asking to come by tomorrow to talk": (
        "Julie Martin <julie@boulangerie-martin.fr>", "poste vendeuse",
        "Bonjour Léa, merci pour votre CV. Vous pouvez passer demain à 14h pour qu'on discute ? Julie", INVITE),
    "de: a café's du-form note asking to drop by on Saturday": (
        "Jan Ahrens <jan@cafe-hafen.de>", "Aushilfe",
        "Hi Lena, danke für deine Bewerbung! Kannst du Samstag um 11 kurz im Café vorbeikommen? Jan", INVITE),
    "pt: a bakery's apology that tomorrow 15h won't work and asking for Friday at the same hour": (
        "Rui Lopes <rui@padariaflor.pt>", "amanhã",
        "Tiago, desculpa, amanhã não vou conseguir às 15h. Pode ser sexta à mesma hora? Rui", MOVE),
    "fr: the manager can no longer meet at the booked hour, and two new slots are offered": (
        "Claire Dubois <claire.dubois@atelier-brume.fr>", "Entretien de jeudi",
        "Bonjour Léa,\n\nToutes mes excuses : notre directeur ne pourra finalement pas vous recevoir jeudi à 11 h "
        "comme convenu. Seriez-vous libre lundi 21 septembre à 9 h 30 ou mardi 22 à 16 h ?\n\nClaire", MOVE),
    "it: a bar owner writing from a personal address that they are looking for a barista": (
        "Enzo Ferraro <enzo.ferraro62@libero.it>", "barista",
        "Ciao Marta, sono Enzo del Bar Centrale. Stiamo cercando una barista per il sabato. Passi giovedì alle 16 "
        "per due chiacchiere? Enzo", INVITE),
    "sv: a shop asking the reader to come in for a chat at an hour": (
        "Erik Lund <erik@cykelverkstan.se>", "Jobbet i butiken",
        "Hej Alva! Tack för ditt CV. Kan du komma in på torsdag kl 10 för en pratstund? Erik", INVITE),
    "sv: a recruiting tool asking to book a time for a first interview": (
        "Sara Berg <sara.berg@nordvik.teamtailor-mail.com>", "Inbjudan till intervju – Lagerarbetare",
        "Hej Alva,\n\nTack för din ansökan! Vi vill gärna träffa dig för en första intervju. Boka en tid som "
        "passar dig här: https://calendly.com/nordvik-hr/intervju\n\nSara", INVITE),
    "ja: a founder's casual ask to talk tomorrow at an hour": (
        "森 大輔 <mori@hoshizora-dev.jp>", "はじめまして（ホシゾラ開発 森）",
        "山田さん\n\nはじめまして、ホシゾラ開発の森です。エンジニアを探していて、まずはカジュアルにお話しできればと"
        "思っています。明日の11時にオンラインで20分ほどお話しできますか？\n\n森", INVITE),
    "pt: a friend telling of her own interview and offering a practice slot": (
        "Bia Santos <bia.santos@gmail.com>", "e aí??",
        "Lu!! Como foi ontem? A minha é quinta às 14h, socorro. Se quiser treinar, posso às 18h no sábado. Bjs", NO),
    "fr: an association's board meeting sent to all, which mentions hiring": (
        "Paul Girard <bureau@asso-quartier.fr>", "Invitation : réunion du bureau – jeudi",
        "Bonjour à toutes et à tous,\n\nLa réunion du bureau aura lieu jeudi à 19h. À l'ordre du jour : le budget "
        "et le recrutement d'un animateur (entretiens en avril).\n\nPaul", NO),
    "hi-en: a recruiter asking whether the reader is free tomorrow morning at an hour": (
        "Pooja Nair <pooja.nair@kaveritech.in>", "Data Analyst role - call?",
        "Hi Arjun, aapka profile shortlist hua hai. Kya aap kal subah 10 baje ek chhoti call ke liye available "
        "ho? Pooja", INVITE),
}


def mail(sender: str, subject: str, body: str) -> Email:
    # The candidate's own reply goes to the employer; everything else comes to the candidate.
    to = "sabine.roth@lindwerk.de" if sender.endswith("@gmx.de>") else "reader@gmail.com"
    return mail_from(sender, subject, body, SENT, to)


@pytest.mark.parametrize("wording", WORDINGS, ids=list(WORDINGS))
def test_each_wording_in_another_language_gets_its_label(wording: str) -> None:
    sender, subject, body, label = WORDINGS[wording]
    assert_label(mail(sender, subject, body), label)


AVAILABILITY_ASKS = {
    "es": "Hola Tom: tu perfil encaja con lo que buscamos. Indícame tu disponibilidad para una videollamada breve.",
    "fr": "Bonjour Tom, votre profil nous intéresse. Quelles sont vos disponibilités cette semaine pour en parler ?",
    "it": "Ciao Tom, il tuo profilo ci interessa. Mi mandi la tua disponibilità per una videochiamata?",
    "pt": "Olá Tom, gostamos do seu perfil. Qual a sua disponibilidade para uma conversa rápida esta semana?",
    "de": "Hallo Tom, Ihr Profil passt gut zu uns. Wann hätten Sie Zeit für ein erstes Telefonat?",
}


@pytest.mark.parametrize("language", AVAILABILITY_ASKS)
def test_an_ask_for_availability_with_no_time_in_it_invites(language: str) -> None:
    assert_label(mail("Paula Reis <paula.reis@lumeo-labs.com>", "Backend Engineer", AVAILABILITY_ASKS[language]),
                 INVITE)


def test_a_korean_recruiter_is_kept_beside_the_company_the_subject_names() -> None:
    detection = detect(mail("이서연 <seoyeon.lee@narae-soft.kr>", "[나래소프트] 1차 면접 안내",
                            "김민수 님,\n\n1차 면접 일정을 안내드립니다. 가능한 시간을 알려주세요.\n\n이서연 드림"))
    assert (detection.company, detection.recruiter_name) == ("나래소프트", "이서연")


@pytest.mark.parametrize("wording", awaited_times(WORDINGS, skip_if_body_has="calendly"))
def test_each_invitation_confirmation_and_move_yields_its_time(wording: str) -> None:
    assert detect(mail(*WORDINGS[wording][:3])).proposed_times
