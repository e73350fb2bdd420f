#!/usr/bin/env python3
"""Convert Parat's sample handbook CSV into Parat's own handbook JSON format.

Usage: python3 make-sample-handbook.py handbook-sample.csv sample-handbook.json

The CSV (resources/data/handbook-sample.csv in the repository) holds 91 tasks
written for Parat. It is sample data, NOT KOMBIT's implementation handbook.
This script adds an English title, a one-sentence Danish "done looks like"
description and a performer role to every task, validates the result and
writes it deterministically (same input -> byte-identical output).

Standard library only.
"""

import csv
import json
import sys

HANDBOOK = {
    "title": "Eksempel-håndbog for DUBU 3.0 (eksempeldata – ikke KOMBIT's implementeringshåndbog)",
    "version": "eksempel-1",
    "published": "2026-11-01",
    "note": "Sample data written for Parat; not KOMBIT's handbook.",
}

PHASES = ["P1", "P21", "P22", "P23", "P3", "P4"]
ROLES = ["PE", "SG", "PL", "FL", "SA", "SU", "KA", "IT", "OK", "KOMM"]
THEMES = ["ORG", "FOR", "UDD", "KOM", "TEK", "DATA", "TEST", "DRIFT", "GEV"]

REQUIRED_COLUMNS = [
    "key", "phase", "theme", "title_da", "responsible_role",
    "release_offset_weeks", "due_offset_weeks", "estimate_hours",
    "per_person", "mandatory", "milestone",
]

EXPECTED_TASK_COUNT = 91

# Performer role: the responsible role, except where the project leader (PL)
# is responsible but superusers do the work (training, testing, process
# mapping: themes UDD, TEST, FOR). Tasks in that group that are genuinely
# the project leader's own planning work stay with PL (PERFORMER_OVERRIDES).
SUPERUSER_THEMES = {"UDD", "TEST", "FOR"}
PERFORMER_OVERRIDES = {
    "P21-13": "PL",  # writing the training plan (incl. the superusers' own) is planning work
    "P22-13": "PL",  # booking groups, rooms and equipment is logistics
}

TITLE_EN = {
    "P1-01": "Appoint the project owner and the DUBU project leader",
    "P1-02": "Attend the information meeting for DUBU project leaders",
    "P1-03": "Read the implementation handbook and the KLIK guide",
    "P1-04": "Register the project leader and contact persons in the KLIK role register",
    "P1-05": "Set up the steering group and agree a meeting schedule",
    "P1-06": "Write the project charter with goals, scope and success criteria",
    "P1-07": "Set aside time for the project leader and superusers (management decision)",
    "P1-08": "Draw up a timeline and milestone plan up to go-live",
    "P1-09": "Map the stakeholders (before, during, after)",
    "P1-10": "Draw up a communication plan",
    "P1-11": "Inform the joint consultation committee (MED) and union representatives",
    "P1-12": "Set up a risk log and agree how it is followed up",
    "P1-13": "Prepare a local business case and benefits map",
    "P1-14": "Status report and phase transition for the steering group",
    "P21-01": "Appoint superusers (about 1 per 10–20 caseworkers)",
    "P21-02": "Describe the superuser role and align expectations with the managers",
    "P21-03": "Register superusers, the system administrator and the professional lead in KLIK",
    "P21-04": "Map the current workflow for intake and reports of concern",
    "P21-05": "Map the workflow for child welfare assessments and action plans",
    "P21-06": "Map the workflow for grants, services and financial follow-up",
    "P21-07": "Decide the organisational set-up (departments and teams)",
    "P21-08": "Clarify integrations with the records system (ESDH), the finance system and Serviceplatformen",
    "P21-09": "Clarify user access through Adgangsstyring and job function roles",
    "P21-10": "Decide whether to use STS Organisation synchronisation",
    "P21-11": "Determine the scope of data clean-up and conversion",
    "P21-12": "Identify training needs for each target group",
    "P21-13": "Draw up a training plan for superusers, caseworkers and managers",
    "P21-14": "Define the support model (superuser → system administrator → supplier)",
    "P21-15": "Identify ambassadors and resistance in each unit",
    "P21-16": "Clarify local guidelines and procedures",
    "P21-17": "Status report and phase transition for the steering group",
    "P22-01": "Describe future workflows together with staff",
    "P22-02": "Describe what the change means for each staff group",
    "P22-03": "Clean up data in the current system",
    "P22-04": "Set up departments and teams",
    "P22-05": "Extract user keys from AD/IDM",
    "P22-06": "Create users and assign job function roles in Adgangsstyring",
    "P22-07": "Create users in DUBU and assign them to a department and team",
    "P22-08": "Set up and check the integration with ESDH",
    "P22-09": "Set up and check the integration with the finance system",
    "P22-10": "Adapt letter and document templates",
    "P22-11": "Set up local interventions, services and provider details",
    "P22-12": "Complete superuser training",
    "P22-13": "Plan training groups, rooms and equipment",
    "P22-14": "Adapt training material to local cases and workflows",
    "P22-15": "Introduce managers to management information and follow-up",
    "P22-16": "Inform staff about the plan, the training and what will change",
    "P22-17": "Test login and access with test users",
    "P22-18": "Run local test scenarios for key workflows",
    "P22-19": "Validate trial-converted data by spot checks",
    "P22-20": "Report defects to the supplier and follow up",
    "P22-21": "Write local guides and quick guides",
    "P22-22": "Carry out the first readiness assessment",
    "P22-23": "Update the stakeholder map and communication plan",
    "P22-24": "Status report and phase transition for the steering group",
    "P23-01": "Train caseworkers in DUBU",
    "P23-02": "Train administrative staff and team leaders",
    "P23-03": "Check that everyone has completed training",
    "P23-04": "Plan go-live support and a superuser rota",
    "P23-05": "Plan the transition period and the freeze of the old system",
    "P23-06": "Agree an emergency procedure for outages",
    "P23-07": "Second readiness assessment and go/no-go recommendation",
    "P23-08": "Go/no-go decision in the steering group",
    "P23-09": "Communicate the go-live plan to all users",
    "P23-10": "Verify that all users have access and the right roles",
    "P23-11": "Check the final conversion and reconcile key figures",
    "P23-12": "First login and smoke test on go-live day",
    "P23-13": "Mark completed tasks as done in KLIK",
    "P3-01": "Staff go-live support in the first week",
    "P3-02": "Hold a short daily status meeting for the first two weeks",
    "P3-03": "Collect and prioritise defects and questions",
    "P3-04": "Escalate defects to the supplier's support",
    "P3-05": "Managers follow up on use in each team",
    "P3-06": "Hold a meeting of the local superuser network",
    "P3-07": "Update guides based on experience",
    "P3-08": "Share experiences and good examples",
    "P3-09": "Run follow-up workshops for caseworkers",
    "P3-10": "Check data quality and reporting to Statistics Denmark and the National Social Appeals Board",
    "P3-11": "Measure users' experience with a short survey",
    "P3-12": "Hand over to operations and set up the operations organisation",
    "P3-13": "Status report: adoption completed",
    "P4-01": "Define management information and regular follow-up reports",
    "P4-02": "Follow up on compliance with statutory deadlines",
    "P4-03": "Measure benefits against the business case",
    "P4-04": "Ensure replacements for superusers who leave",
    "P4-05": "Plan for training new staff",
    "P4-06": "Keep the KLIK role register up to date",
    "P4-07": "Prioritise the municipality's change requests",
    "P4-08": "Take part in the managers' network and the superuser seminar",
    "P4-09": "Evaluate the project and report to the steering group",
    "P4-10": "Final report and closure of the project organisation",
}

DESCRIPTION_DA = {
    "P1-01": "Projektejer og DUBU-projektleder er udpeget, og deres navne er meldt ud i organisationen.",
    "P1-02": "Projektlederen har deltaget i informationsmødet og delt de vigtigste pointer med projektejeren.",
    "P1-03": "Projektlederen kender håndbogens faser og opgaver og kan bruge KLIK til at følge opgaverne.",
    "P1-04": "Projektleder og kontaktpersoner står med korrekte oplysninger i KLIK-rollegalleriet.",
    "P1-05": "Styregruppen er sammensat, og møderne frem til efter go-live står i kalenderne.",
    "P1-06": "Projektgrundlaget med mål, afgrænsning og succeskriterier er godkendt af projektejeren.",
    "P1-07": "Ledelsen har besluttet, hvor mange timer projektleder og superbrugere får til projektet, og beslutningen er skrevet ned.",
    "P1-08": "Der er en tidsplan med milepæle frem til go-live, som styregruppen kender.",
    "P1-09": "Interessenterne er kortlagt med indflydelse, berørthed og indsats før, under og efter go-live.",
    "P1-10": "Kommunikationsplanen angiver budskab, målgruppe, kanal, afsender og tidspunkt for hver aktivitet.",
    "P1-11": "MED-udvalg og tillidsrepræsentanter er orienteret om projektet og har haft mulighed for at stille spørgsmål.",
    "P1-12": "Risikologen er oprettet med de første risici, ejere og tiltag, og det er aftalt, hvornår den gennemgås.",
    "P1-13": "Den lokale business case og gevinstdiagrammet er færdige og forelagt styregruppen.",
    "P1-14": "Styregruppen har fået statusrapporten for forberedelsesfasen og godkendt overgangen til afklaring.",
    "P21-01": "Hver enhed har udpeget sine superbrugere, og deres ledere har godkendt den tid, de skal bruge.",
    "P21-02": "Superbrugerrollen er beskrevet, og lederne har sagt ja til opgaver og tidsforbrug.",
    "P21-03": "Alle superbrugere, den systemansvarlige og den faglige leder er registreret i KLIK, så de kan få support fra leverandøren.",
    "P21-04": "Den nuværende arbejdsgang for modtagelse og underretninger er beskrevet trin for trin og gennemgået med medarbejderne.",
    "P21-05": "Arbejdsgangen for børnefaglig undersøgelse og handleplan er beskrevet, og forskelle mellem teams er noteret.",
    "P21-06": "Arbejdsgangen fra bevilling til betaling og økonomiopfølgning er beskrevet og kendt af både økonomi og myndighed.",
    "P21-07": "Det er besluttet, hvilke afdelinger og teams der skal oprettes i DUBU, og hvem der hører til hvor.",
    "P21-08": "Det er afklaret, hvilke integrationer der skal bruges, og hvem der sætter dem op og tester dem.",
    "P21-09": "Det er afklaret, hvordan brugerne får adgang, og hvilke jobfunktionsroller hver medarbejdergruppe skal have.",
    "P21-10": "Beslutningen om synkronisering fra STS Organisation er truffet og skrevet ned med begrundelse.",
    "P21-11": "Det er kendt, hvilke data der skal ryddes op og konverteres, og hvor meget arbejde det kræver.",
    "P21-12": "Uddannelsesbehovet er beskrevet for hver målgruppe med antal deltagere.",
    "P21-13": "Uddannelsesplanen viser, hvem der skal undervises i hvad, hvornår og af hvem.",
    "P21-14": "Supportmodellen er besluttet og beskrevet, så alle ved, hvem de skal kontakte med spørgsmål og fejl.",
    "P21-15": "Hver leder har peget på ambassadører og kendte bekymringer i sin enhed, og det er noteret i interessentkortet.",
    "P21-16": "Det er afklaret, hvilke lokale retningslinjer og forretningsgange der skal ændres, og hvem der gør det.",
    "P21-17": "Styregruppen har fået statusrapporten for afklaringsfasen og godkendt overgangen til klargøring.",
    "P22-01": "De fremtidige arbejdsgange i DUBU er beskrevet og gennemgået med medarbejderne i hver enhed.",
    "P22-02": "Hver medarbejdergruppe har fået en kort beskrivelse af, hvad der ændrer sig i deres hverdag.",
    "P22-03": "De aftalte data i det nuværende system er ryddet op, og det, der ikke nås, er noteret med begrundelse.",
    "P22-04": "Afdelinger og teams er oprettet i DUBU som besluttet.",
    "P22-05": "Der er en liste med brugernøgler fra AD/IDM for alle kommende DUBU-brugere.",
    "P22-06": "Alle kommende brugere er oprettet i Adgangsstyring med de rette jobfunktionsroller.",
    "P22-07": "Alle brugere findes i DUBU og er knyttet til den rigtige afdeling og det rigtige team.",
    "P22-08": "Integrationen til ESDH er sat op, og en testsag er gået korrekt igennem.",
    "P22-09": "Integrationen til økonomisystemet er sat op, og en testbetaling er gået korrekt igennem.",
    "P22-10": "Kommunens brev- og dokumentskabeloner er tilpasset og godkendt af en faglig leder.",
    "P22-11": "Kommunens lokale indsatser, ydelser og leverandører er oprettet og kontrolleret i DUBU.",
    "P22-12": "Hver superbruger har gennemført superbrugeruddannelsen.",
    "P22-13": "Undervisningshold er sammensat, og lokaler, pc'er og testadgange er booket.",
    "P22-14": "Undervisningsmaterialet bruger kommunens egne eksempler og arbejdsgange og er klar til brug.",
    "P22-15": "Lederne ved, hvilken ledelsesinformation DUBU giver, og hvordan de bruger den til opfølgning.",
    "P22-16": "Alle medarbejdere har fået besked om tidsplan, uddannelse og hvad der ændrer sig.",
    "P22-17": "Testbrugere kan logge ind og ser præcis det, deres roller giver adgang til.",
    "P22-18": "De lokale testscenarier er gennemført, og resultater og fejl er skrevet ned.",
    "P22-19": "Stikprøver af de prøvekonverterede data er kontrolleret, og afvigelser er meldt til leverandøren.",
    "P22-20": "Alle fundne fejl er meldt til leverandøren, og hver enkelt følges, til den er løst eller afklaret.",
    "P22-21": "Lokale vejledninger og quick guides til de vigtigste arbejdsgange ligger, hvor medarbejderne kan finde dem.",
    "P22-22": "Den første parathedsmåling er gennemført, og resultatet med tiltag er delt med styregruppen.",
    "P22-23": "Interessentkort og kommunikationsplan er opdateret med det, projektet har lært indtil nu.",
    "P22-24": "Styregruppen har fået statusrapporten for klargøringsfasen og godkendt overgangen til idriftsættelse.",
    "P23-01": "Alle sagsbehandlere har været på DUBU-undervisning.",
    "P23-02": "Administrative medarbejdere og teamledere har været på undervisning tilpasset deres opgaver.",
    "P23-03": "Hver leder har bekræftet, at alle i enheden er uddannet, eller har aftalt en dato for dem, der mangler.",
    "P23-04": "Vagtplanen for superbrugernes support i de første uger er lagt og meldt ud.",
    "P23-05": "Det er aftalt og meldt ud, hvornår det gamle system fryses, og hvordan sager håndteres i overgangen.",
    "P23-06": "Der er en kort og kendt nødprocedure for, hvad medarbejderne gør, hvis DUBU ikke virker.",
    "P23-07": "Den anden parathedsmåling er gennemført, og styregruppen har fået en skriftlig go/no-go-indstilling.",
    "P23-08": "Styregruppen har truffet go/no-go-beslutningen, og den står i referatet.",
    "P23-09": "Alle brugere kender go-live-datoen, ved hvad de skal gøre den første dag, og hvor de får hjælp.",
    "P23-10": "Det er kontrolleret, at alle brugere har adgang med de rette roller, og mangler er rettet.",
    "P23-11": "Den endelige konvertering er kontrolleret, og antal sager, børn og bevillinger stemmer med det gamle system.",
    "P23-12": "Der er logget ind på go-live-dagen, og de vigtigste funktioner er afprøvet uden alvorlige fejl.",
    "P23-13": "Alle opgaver, der er fuldført lokalt, er også markeret som fuldført i KLIK.",
    "P3-01": "Superbrugerne har været til stede og hjulpet kollegerne hele den første uge efter go-live.",
    "P3-02": "Der er holdt korte daglige statusmøder i de første to uger, og beslutningerne er noteret.",
    "P3-03": "Fejl og spørgsmål samles ét sted og er prioriteret, så det er tydeligt, hvad der løses først.",
    "P3-04": "Fejl, der ikke kan løses lokalt, er meldt til leverandørens support og følges, til de er lukket.",
    "P3-05": "Hver leder har gennemgået, hvordan teamet bruger DUBU, og aftalt, hvad der skal rettes.",
    "P3-06": "Superbrugernetværket har holdt møde og delt erfaringer, løsninger og åbne spørgsmål.",
    "P3-07": "Vejledningerne er rettet med det, brugerne har spurgt om og haft svært ved.",
    "P3-08": "Medarbejderne har hørt om det, der virker godt, fx i nyhedsbrevet eller på intranettet.",
    "P3-09": "Der er holdt opfølgende workshops, hvor sagsbehandlerne har fået svar på deres spørgsmål.",
    "P3-10": "Datakvaliteten er kontrolleret, og indberetningerne til Danmarks Statistik og Ankestyrelsen er korrekte.",
    "P3-11": "En kort spørgeskemaundersøgelse er gennemført, og resultatet er delt med lederne og styregruppen.",
    "P3-12": "DUBU er overdraget til drift, og det er beskrevet, hvem der har ansvaret fremover.",
    "P3-13": "Styregruppen har fået en statusrapport om, at ibrugtagningen er afsluttet, og hvad der eventuelt mangler.",
    "P4-01": "Det er aftalt, hvilke rapporter lederne får, hvor ofte, og hvad de bruges til.",
    "P4-02": "Lederne følger fast op på, om de lovpligtige frister overholdes, og griber ind ved overskridelser.",
    "P4-03": "Gevinsterne er målt og sammenlignet med business casen, og resultatet er forelagt styregruppen.",
    "P4-04": "Der er en fast aftale om, hvordan superbrugere, der stopper, bliver erstattet og oplært.",
    "P4-05": "Der er en plan for, hvordan nye medarbejdere lærer DUBU, og hvem der står for det.",
    "P4-06": "KLIK-rollegalleriet viser de aktuelle superbrugere, den systemansvarlige og den faglige leder.",
    "P4-07": "Kommunens ændringsønsker er samlet, prioriteret og sendt videre ad de aftalte kanaler.",
    "P4-08": "Kommunen har deltaget i ledernetværk og superbrugerseminar og delt det, den har lært, lokalt.",
    "P4-09": "Projektevalueringen er skrevet og forelagt styregruppen.",
    "P4-10": "Styregruppen har godkendt afslutningsrapporten, og projektorganisationen er nedlagt.",
}


def fail(message):
    sys.stderr.write("make-sample-handbook: " + message + "\n")
    sys.exit(1)


def parse_int(text, where):
    try:
        return int(text.strip())
    except ValueError:
        fail(f"{where}: expected a whole number, got {text!r}")


def parse_hours(text, where):
    value = text.strip().replace(",", ".")
    try:
        number = float(value)
    except ValueError:
        fail(f"{where}: expected a number of hours, got {text!r}")
    if number < 0:
        fail(f"{where}: hours must not be negative, got {text!r}")
    return int(number) if number.is_integer() else number


def parse_flag(text, where):
    value = text.strip()
    if value == "1":
        return True
    if value == "0":
        return False
    fail(f"{where}: expected 1 or 0, got {text!r}")


def performer_for(key, theme, responsible):
    if key in PERFORMER_OVERRIDES:
        return PERFORMER_OVERRIDES[key]
    if responsible == "PL" and theme in SUPERUSER_THEMES:
        return "SU"
    return responsible


def convert(rows):
    tasks = []
    seen = set()
    for line, row in rows:
        where = f"line {line}"
        key = row["key"].strip()
        if not key:
            fail(f"{where}: empty key")
        if key in seen:
            fail(f"{where}: duplicate key {key}")
        seen.add(key)
        where = f"line {line} ({key})"
        phase = row["phase"].strip()
        theme = row["theme"].strip()
        responsible = row["responsible_role"].strip()
        if phase not in PHASES:
            fail(f"{where}: unknown phase {phase!r}")
        if theme not in THEMES:
            fail(f"{where}: unknown theme {theme!r}")
        if responsible not in ROLES:
            fail(f"{where}: unknown responsible_role {responsible!r}")
        title_da = row["title_da"].strip()
        if not title_da:
            fail(f"{where}: empty title_da")
        if key not in TITLE_EN:
            fail(f"{where}: no English title in TITLE_EN")
        if key not in DESCRIPTION_DA:
            fail(f"{where}: no description in DESCRIPTION_DA")
        performer = performer_for(key, theme, responsible)
        if performer not in ROLES:
            fail(f"{where}: unknown performer_role {performer!r}")
        release = parse_int(row["release_offset_weeks"], where + " release_offset_weeks")
        due = parse_int(row["due_offset_weeks"], where + " due_offset_weeks")
        if release > due:
            fail(f"{where}: release_offset_weeks {release} is after due_offset_weeks {due}")
        tasks.append({
            "key": key,
            "phase": phase,
            "theme": theme,
            "title_da": title_da,
            "title_en": TITLE_EN[key],
            "description_da": DESCRIPTION_DA[key],
            "responsible_role": responsible,
            "performer_role": performer,
            "release_offset_weeks": release,
            "due_offset_weeks": due,
            "estimate_hours": parse_hours(row["estimate_hours"], where + " estimate_hours"),
            "per_person": parse_flag(row["per_person"], where + " per_person"),
            "mandatory": parse_flag(row["mandatory"], where + " mandatory"),
            "milestone": parse_flag(row["milestone"], where + " milestone"),
        })
    if len(tasks) != EXPECTED_TASK_COUNT:
        fail(f"expected {EXPECTED_TASK_COUNT} tasks, got {len(tasks)}")
    stale = sorted((set(TITLE_EN) | set(DESCRIPTION_DA) | set(PERFORMER_OVERRIDES)) - seen)
    if stale:
        fail("translations/descriptions/overrides for keys not in the CSV: " + ", ".join(stale))
    return tasks


def read_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = [name.strip().lower() for name in (reader.fieldnames or [])]
        missing = [name for name in REQUIRED_COLUMNS if name not in header]
        if missing:
            fail(f"{path}: missing columns: {', '.join(missing)}")
        reader.fieldnames = header
        rows = []
        for row in reader:
            if not any((value or "").strip() for value in row.values()):
                continue  # blank line
            rows.append((reader.line_num, row))
        return rows


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: make-sample-handbook.py INPUT.csv OUTPUT.json\n")
        return 2
    tasks = convert(read_rows(argv[1]))
    document = {
        "format": "parat-handbook",
        "format_version": 1,
        "handbook": HANDBOOK,
        "tasks": tasks,
    }
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    with open(argv[2], "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
