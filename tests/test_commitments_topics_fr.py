"""French commitments on policy topics other than health: transport, taxes, banking,
environment, agriculture, energy, security, justice, labour, tourism, digital
transformation, education, land, housing, trade, customs, disasters, foreign affairs,
administrative reform and local government.

Every sentence was written for these tests in the style of French-language Vietnamese
news. Each positive states who must act, by when, under which document and on whose
direction, as a journalist would check it; each negative states no commitment (past
achievements, statistics, forecasts, requests made to the authorities by others,
requirements on things, invitations, an assignment of a past year).
"""

from __future__ import annotations

import datetime

import pytest

from pipeline.article.obligations import find_obligations
from pipeline.article.step import extract_article
from pipeline.ids import sha256_hex
from pipeline.records import Article

PUBLISHED = datetime.date(2025, 10, 1)


def obligations(text: str):
    article = Article(
        sha256_hex(text)[:16], "test", text, sha256_hex(text), lang="fr", published_date=PUBLISHED
    )
    return find_obligations(article, extract_article(article))


def fields(o) -> tuple:
    deadline = (o.deadline.value, o.deadline.relation) if o.deadline else None
    return (o.actor, deadline, o.decree, o.directed_by)


# (text, [(actor, (deadline value, relation) or None, decree or None, directed_by or None)])
POSITIVE = [
    pytest.param(
        "Le vice-Premier ministre Tran Hong Ha a demandé au ministère de la Construction "
        "d'achever les travaux de l'autoroute Bien Hoa - Vung Tau avant le 31 décembre 2025.",
        [("Ministry of Construction", ("2025-12-31", "before"), None, "Tran Hong Ha")],
        id="transport-0",
    ),
    pytest.param(
        "La Société des aéroports du Vietnam (ACV) devra mettre en service le terminal T3 de "
        "l'aéroport de Tan Son Nhat d'ici le 30 avril 2026.",
        [("Airports Corporation of Vietnam", ("2026-04-30", "by"), None, None)],
        id="transport-1",
    ),
    pytest.param(
        "Le Premier ministre a chargé le Comité populaire de la ville de Hô Chi Minh de "
        "libérer les terrains du périphérique n° 4 au plus tard en juin 2026.",
        [("Ho Chi Minh City People's Committee", ("2026-06", "by"), None, None)],
        id="transport-2",
    ),
    pytest.param(
        "Le ministère des Finances est chargé de soumettre au gouvernement, avant le 15 "
        "novembre 2025, un projet de décret sur la réduction de 2 % de la taxe sur la valeur "
        "ajoutée.",
        [("Ministry of Finance", ("2025-11-15", "before"), None, None)],
        id="finance-3",
    ),
    pytest.param(
        "Lors de la réunion, le vice-Premier ministre Ho Duc Phoc a souligné l'importance de "
        "la discipline budgétaire. Il a demandé que le ministère des Finances présente le "
        "rapport sur l'exécution du budget de l'État avant le 20 octobre 2025.",
        [("Ministry of Finance", ("2025-10-20", "before"), None, "Ho Duc Phoc")],
        id="finance-5",
    ),
    pytest.param(
        "La Banque d'État du Vietnam continuera à gérer la politique monétaire de manière "
        "proactive et flexible.",
        [("State Bank of Vietnam", None, None, None)],
        id="banking-7",
    ),
    pytest.param(
        "Le ministère de l'Agriculture et de l'Environnement a pour mission d'élaborer, "
        "d'ici fin 2025, un plan d'action national contre la pollution atmosphérique.",
        [("Ministry of Agriculture and Environment", ("2025", "by"), None, None)],
        id="environment-8",
    ),
    pytest.param(
        "Le président du Comité populaire de Hanoï, Tran Sy Thanh, a ordonné aux services "
        "compétents de contrôler strictement les émissions des véhicules et des chantiers.",
        [("Relevant agencies", None, None, "Tran Sy Thanh")],
        id="environment-9",
    ),
    pytest.param(
        "Les provinces du delta du Mékong doivent achever la mise en place du système de "
        "traçabilité des produits aquatiques avant le 30 novembre 2025 afin de lever le « "
        "carton jaune » de la Commission européenne.",
        [("Provinces and cities", ("2025-11-30", "before"), None, None)],
        id="agriculture-10",
    ),
    pytest.param(
        "Le vice-Premier ministre Tran Hong Ha a exhorté les localités à renforcer la lutte "
        "contre la pêche illicite, non déclarée et non réglementée.",
        [("Localities", None, None, "Tran Hong Ha")],
        id="agriculture-11",
    ),
    pytest.param(
        "Le groupe Électricité du Vietnam (EVN) doit mettre en service la ligne de transport "
        "de 500 kV Lao Cai - Vinh Yen avant le 30 juin 2026.",
        [("Vietnam Electricity", ("2026-06-30", "before"), None, None)],
        id="energy-12",
    ),
    pytest.param(
        "Le Premier ministre a demandé à Petrovietnam et à EVN d'accélérer la construction "
        "des centrales au gaz naturel liquéfié de Nhon Trach 3 et 4.",
        [
            ("Vietnam National Industry-Energy Group", None, None, None),
            ("Vietnam Electricity", None, None, None),
        ],
        id="energy-14",
    ),
    pytest.param(
        "La police de la province de Nghe An est chargée de démanteler les réseaux de trafic "
        "de drogue à la frontière.",
        [("Nghe An Provincial Police", None, None, None)],
        id="security-16",
    ),
    pytest.param(
        "Le ministère de la Sécurité publique doit achever la connexion des données "
        "démographiques avec celles de l'assurance sociale d'ici le 31 décembre 2025.",
        [("Ministry of Public Security", ("2025-12-31", "by"), None, None)],
        id="security-17",
    ),
    pytest.param(
        "Le ministère de la Justice a pour tâche de réviser les documents juridiques qui se "
        "chevauchent et d'en rendre compte au gouvernement avant le 15 décembre 2025.",
        [("Ministry of Justice", ("2025-12-15", "before"), None, None)],
        id="justice-18",
    ),
    pytest.param(
        "La Cour populaire suprême se coordonnera avec le Parquet populaire suprême pour "
        "accélérer le jugement des grandes affaires de corruption.",
        [("Supreme People's Court", None, None, None)],
        id="justice-19",
    ),
    pytest.param(
        "Concluant la réunion, le vice-Premier ministre Le Thanh Long a insisté sur la "
        "protection des droits des travailleurs. Selon lui, les entreprises publiques "
        "doivent payer intégralement les cotisations d'assurance sociale en retard avant le "
        "31 décembre 2025.",
        [("State-owned enterprises", ("2025-12-31", "before"), None, "Le Thanh Long")],
        id="labour-21",
    ),
    pytest.param(
        "Le Premier ministre a demandé aux ministères et aux agences de fournir tous les "
        "services publics en ligne complets d'ici la fin de 2025.",
        [("Ministries and agencies", ("2025", "by"), None, None)],
        id="digital-24",
    ),
    pytest.param(
        "Le ministère des Sciences et des Technologies est tenu d'achever la base de données "
        "nationale sur la transformation numérique au plus tard le 30 juin 2026.",
        [("Ministry of Science and Technology", ("2026-06-30", "by"), None, None)],
        id="digital-25",
    ),
    pytest.param(
        "Le ministre de l'Éducation et de la Formation, Nguyen Kim Son, a demandé aux "
        "départements de l'Éducation et de la Formation de préparer soigneusement l'examen "
        "de fin d'études secondaires de 2026.",
        [("Department of Education and Training", None, None, "Nguyen Kim Son")],
        id="education-26",
    ),
    pytest.param(
        "Le Comité populaire de la province de Dong Nai doit achever l'indemnisation et la "
        "libération des terrains pour l'aéroport de Long Thanh avant le 30 novembre 2025.",
        [("Dong Nai Provincial People's Committee", ("2025-11-30", "before"), None, None)],
        id="land-28",
    ),
    pytest.param(
        "Il incombe aux comités populaires des provinces de mettre à jour les tableaux des "
        "prix fonciers d'ici le 1er janvier 2026.",
        [("Provincial People's Committees", ("2026-01-01", "by"), None, None)],
        id="land-29",
    ),
    pytest.param(
        "Le ministère de la Construction a confié aux localités la mission d'achever 100.000 "
        "logements sociaux en 2025.",
        [("Localities", ("2025", "in"), None, None)],
        id="housing-30",
    ),
    pytest.param(
        "Le vice-Premier ministre Bui Thanh Son a confié au ministère des Finances la tâche "
        "de mettre en place le guichet unique national avant la fin du premier trimestre "
        "2026.",
        [("Ministry of Finance", ("2026-Q1", "by"), None, "Bui Thanh Son")],
        id="customs-35",
    ),
    pytest.param(
        "Le Premier ministre Pham Minh Chinh a demandé aux ministères, aux agences et aux "
        "localités de réduire d'au moins 30 % le temps de traitement des procédures "
        "administratives en 2025.",
        [("Ministries, agencies and localities", None, None, "Pham Minh Chinh")],
        id="admin-reform-39",
    ),
    pytest.param(
        "Le vice-Premier ministre a demandé au Comité populaire de la ville de Da Nang de "
        "finaliser le dossier du centre financier international avant le 15 décembre 2025.",
        [("Da Nang City People's Committee", ("2025-12-15", "before"), None, None)],
        id="local-gov-42",
    ),
    pytest.param(
        "S'exprimant lors de la conférence, le vice-Premier ministre Nguyen Chi Dung a "
        "affirmé que la transformation numérique était une tâche prioritaire. Il a demandé "
        "aux ministères de connecter leurs bases de données au Centre national de données "
        "avant le 31 mars 2026. Le ministère des Sciences et des Technologies devra par "
        "ailleurs publier les normes techniques au cours du premier trimestre 2026.",
        [
            ("Ministries", ("2026-03-31", "before"), None, "Nguyen Chi Dung"),
            ("Ministry of Science and Technology", ("2026-Q1", "in"), None, "Nguyen Chi Dung"),
        ],
        id="digital-43",
    ),
    pytest.param(
        "En application du décret n° 168/2024/ND-CP, la police de la ville de Hanoï doit "
        "sanctionner strictement les conducteurs en état d'ivresse.",
        [("Hanoi City Police", None, "168/2024/NĐ-CP", None)],
        id="security-44",
    ),
    pytest.param(
        "Conformément à la résolution n° 66/NQ-CP, les ministères doivent réduire au moins "
        "30 % des conditions d'activité commerciale avant le 31 décembre 2025.",
        [("Ministries", ("2025-12-31", "before"), "66/NQ-CP", None)],
        id="admin-reform-45",
    ),
    pytest.param(
        "La directive n° 20/CT-TTg demande aux comités populaires des provinces et des "
        "villes de renforcer la prévention des incendies dans les immeubles d'habitation.",
        [("Provincial People's Committees", None, "20/CT-TTg", None)],
        id="disasters-46",
    ),
    pytest.param(
        "Le Premier ministre a demandé au ministère des Finances, à la Banque d'État du "
        "Vietnam et au ministère de l'Industrie et du Commerce de maintenir l'inflation en "
        "dessous de 4,5 %.",
        [
            ("Ministry of Finance", None, None, None),
            ("State Bank of Vietnam", None, None, None),
            ("Ministry of Industry and Trade", None, None, None),
        ],
        id="finance-47",
    ),
    pytest.param(
        "Il incombe au ministère des Finances de rembourser la TVA aux entreprises "
        "exportatrices dans un délai de six jours ouvrables.",
        [("Ministry of Finance", None, None, None)],
        id="finance-48",
    ),
    pytest.param(
        "Le vice-Premier ministre Bui Thanh Son a assigné au ministère de l'Industrie et du "
        "Commerce la mission d'achever la révision du Plan énergétique VIII en octobre 2025.",
        [("Ministry of Industry and Trade", ("2025-10", "in"), None, "Bui Thanh Son")],
        id="energy-49",
    ),
    pytest.param(
        "Le vice-Premier ministre Bui Thanh Son a demandé au ministère des Affaires "
        "étrangères de protéger les citoyens vietnamiens touchés par le conflit.",
        [("Ministry of Foreign Affairs", None, None, "Bui Thanh Son")],
        id="foreign-53",
    ),
    pytest.param(
        "Il appartient à la police provinciale de garantir l'ordre et la sécurité lors des "
        "fêtes du Têt.",
        [("Provincial Police", None, None, None)],
        id="security-54",
    ),
    pytest.param(
        "Le Premier ministre a également demandé au ministère de la Construction et aux "
        "localités concernées de remettre les terrains aux entrepreneurs avant le 31 "
        "décembre 2025.",
        [
            ("Ministry of Construction", ("2025-12-31", "before"), None, None),
            ("Localities", ("2025-12-31", "before"), None, None),
        ],
        id="transport-56",
    ),
    pytest.param(
        "Le vice-Premier ministre Tran Hong Ha a aussi demandé à la Société des chemins de "
        "fer du Vietnam d'élaborer un plan de modernisation des gares.",
        [("Vietnam Railways", None, None, "Tran Hong Ha")],
        id="transport-57",
    ),
    pytest.param(
        "Le Premier ministre Pham Minh Chinh a signé la dépêche officielle n° 105/CD-TTg, "
        "invitant les ministères et les localités à accélérer le décaissement des capitaux "
        "d'investissement public.",
        [("Ministries and localities", None, "105/CĐ-TTg", "Pham Minh Chinh")],
        id="finance-58",
    ),
    pytest.param(
        "Le vice-Premier ministre Ho Duc Phoc a donné instruction au ministère des Finances "
        "de revoir les taux de la taxe sur la protection de l'environnement applicables à "
        "l'essence.",
        [("Ministry of Finance", None, None, "Ho Duc Phoc")],
        id="finance-59",
    ),
    pytest.param(
        "Les ministères, les agences et les localités sont invités à achever la numérisation "
        "des dossiers administratifs avant le 30 juin 2026.",
        [("Ministries, agencies and localities", ("2026-06-30", "before"), None, None)],
        id="digital-61",
    ),
    pytest.param(
        "Selon la décision, le Comité populaire de la province de Gia Lai a été chargé de "
        "finaliser le plan de réaménagement des sièges administratifs au plus tard le 15 "
        "décembre 2025.",
        [("Gia Lai Provincial People's Committee", ("2025-12-15", "by"), None, None)],
        id="local-gov-62",
    ),
    pytest.param(
        "Le ministère des Finances se voit confier la tâche de rédiger un décret sur la "
        "gestion des actifs numériques.",
        [("Ministry of Finance", None, None, None)],
        id="finance-63",
    ),
    pytest.param(
        "Le Premier ministre a chargé le ministère de l'Industrie et du Commerce de présider "
        "et de coordonner avec Électricité du Vietnam pour garantir l'approvisionnement en "
        "électricité du Nord en 2026.",
        [("Ministry of Industry and Trade", None, None, None)],
        id="energy-65",
    ),
    pytest.param(
        "Prenant la parole lors de la conférence, le vice-Premier ministre Mai Van Chinh a "
        "salué les efforts du secteur touristique. Il a par ailleurs demandé au ministère de "
        "la Culture, des Sports et du Tourisme de simplifier la délivrance des visas "
        "électroniques.",
        [("Ministry of Culture, Sports and Tourism", None, None, "Mai Van Chinh")],
        id="tourism-66",
    ),
    pytest.param(
        "Le ministre de l'Agriculture et de l'Environnement, Do Duc Duy, a appelé les "
        "provinces à achever la délivrance des certificats d'utilisation des terres.",
        [("Provinces and cities", None, None, "Do Duc Duy")],
        id="environment-68",
    ),
    pytest.param(
        "Il revient au ministère de la Justice de présider l'examen des projets de loi "
        "soumis à l'Assemblée nationale.",
        [("Ministry of Justice", None, None, None)],
        id="justice-69",
    ),
    pytest.param(
        "« Le ministère de la Construction doit achever le tronçon Can Tho - Ca Mau avant le "
        "19 décembre 2025 », a insisté le vice-Premier ministre Tran Hong Ha.",
        [("Ministry of Construction", ("2025-12-19", "before"), None, "Tran Hong Ha")],
        id="transport-70",
    ),
    pytest.param(
        "Selon le vice-Premier ministre Ho Duc Phoc, la Direction générale des impôts doit "
        "lutter contre les pertes fiscales dans le commerce électronique.",
        [("Tax Department", None, None, "Ho Duc Phoc")],
        id="finance-71",
    ),
    pytest.param(
        "Le Premier ministre a demandé aux ministères : d'achever la connexion des bases de "
        "données avant le 31 décembre 2025 ; de supprimer les documents papier dans les "
        "procédures administratives.",
        [("Ministries", ("2025-12-31", "before"), None, None)],
        id="digital-72",
    ),
    pytest.param(
        "Le vice-Premier ministre Tran Hong Ha a salué les progrès des localités. Le "
        "ministère de la Construction devra, selon lui, publier les critères des logements "
        "sociaux avant le 30 novembre 2025. Les localités doivent aussi réserver des "
        "terrains pour les logements des travailleurs.",
        [
            ("Ministry of Construction", ("2025-11-30", "before"), None, "Tran Hong Ha"),
            ("Localities", None, None, "Tran Hong Ha"),
        ],
        id="housing-74",
    ),
    pytest.param(
        "Le Premier ministre Pham Minh Chinh a signé la dépêche officielle n° 90/CD-TTg "
        "demandant au ministère de la Sécurité publique de combattre la contrebande de "
        "cigarettes.",
        [("Ministry of Public Security", None, "90/CĐ-TTg", "Pham Minh Chinh")],
        id="security-75",
    ),
    pytest.param(
        "Le chef du gouvernement a exhorté les comités populaires provinciaux à délivrer les "
        "certificats fonciers aux ménages relogés d'ici le 30 juin 2026.",
        [("Provincial People's Committees", ("2026-06-30", "by"), None, None)],
        id="land-76",
    ),
    pytest.param(
        "Le ministère de l'Éducation et de la Formation publiera avant le 31 mars 2026 la "
        "liste des manuels scolaires uniques.",
        [("Ministry of Education and Training", ("2026-03-31", "before"), None, None)],
        id="education-77",
    ),
    pytest.param(
        "Le ministère de l'Agriculture et de l'Environnement, en coordination avec les "
        "localités, renforcera le contrôle des bateaux de pêche.",
        [("Ministry of Agriculture and Environment", None, None, None)],
        id="agriculture-79",
    ),
    pytest.param(
        "Le vice-Premier ministre Le Thanh Long a donné instruction à la Sécurité sociale du "
        "Vietnam de verser à temps les allocations de chômage.",
        [("Vietnam Social Security", None, None, "Le Thanh Long")],
        id="social-insurance-83",
    ),
    pytest.param(
        "Il a été demandé aux ministères et aux localités de rendre compte au Premier "
        "ministre de l'état de décaissement avant le 5 de chaque mois.",
        [("Ministries and localities", None, None, None)],
        id="finance-84",
    ),
    pytest.param(
        "Hanoï (VNA) - Le vice-Premier ministre Ho Duc Phoc a présidé mardi une réunion sur "
        "la lutte contre la contrebande.\n\nS'exprimant à cette occasion, il a exhorté le "
        "Département des douanes à renforcer le contrôle des marchandises en transit. Le "
        "ministère des Finances devra pour sa part achever le système de dédouanement "
        "numérique au plus tard le 31 mars 2026.\n\nLes comités populaires des provinces "
        "frontalières sont tenus de coordonner avec les gardes-frontières pour surveiller "
        "les sentiers.",
        [
            ("Customs Department", None, None, "Ho Duc Phoc"),
            ("Ministry of Finance", ("2026-03-31", "by"), None, "Ho Duc Phoc"),
            ("Provincial People's Committees", None, None, "Ho Duc Phoc"),
        ],
        id="customs-85",
    ),
    pytest.param(
        "Le gouvernement exige des ministères et des localités qu'ils versent intégralement "
        "les salaires de base augmentés à partir du 1er juillet.",
        [("Ministries and localities", None, None, None)],
        id="labour-86",
    ),
    pytest.param(
        "Les présidents des comités populaires des provinces doivent assumer la "
        "responsabilité de la gestion des déchets solides dans leur localité.",
        [("Provincial People's Committees", None, None, None)],
        id="environment-89",
    ),
    pytest.param(
        "Le ministère de l'Éducation et de la Formation veillera à ce que tous les élèves "
        "disposent de manuels à la rentrée scolaire.",
        [("Ministry of Education and Training", None, None, None)],
        id="education-90",
    ),
    pytest.param(
        "Électricité du Vietnam s'est engagé à ne pas couper l'électricité pendant la saison "
        "chaude de 2026.",
        [("Vietnam Electricity", None, None, None)],
        id="energy-91",
    ),
    pytest.param(
        "La Société des autoroutes du Vietnam doit mettre en service l'autoroute Ben Luc - "
        "Long Thanh en 2026.",
        [("Vietnam Expressway Corporation", ("2026", "in"), None, None)],
        id="transport-92",
    ),
    pytest.param(
        "Le ministère de la Sécurité publique a pour rôle de coordonner la lutte contre la "
        "cybercriminalité transfrontalière.",
        [("Ministry of Public Security", None, None, None)],
        id="security-93",
    ),
    pytest.param(
        "Le vice-Premier ministre Bui Thanh Son a demandé au ministère de l'Industrie et du "
        "Commerce de diversifier les marchés d'exportation et de profiter des accords de "
        "libre-échange.",
        [("Ministry of Industry and Trade", None, None, "Bui Thanh Son")],
        id="trade-94",
    ),
    pytest.param(
        "Le ministère des Finances devra achever le projet de loi sur l'impôt sur les "
        "sociétés (modifié) avant le 20 novembre 2025 pour le soumettre à l'Assemblée "
        "nationale.",
        [("Ministry of Finance", ("2025-11-20", "before"), None, None)],
        id="finance-95",
    ),
    pytest.param(
        "Le ministère de l'Éducation et de la Formation a chargé les universités de publier "
        "leurs plans d'admission au plus tard le 31 mars 2026.",
        [("Universities", ("2026-03-31", "by"), None, None)],
        id="education-99",
    ),
    pytest.param(
        "Le Premier ministre a exigé que Petrovietnam achève le projet de la centrale "
        "thermique de Long Phu 1 en 2026.",
        [("Vietnam National Industry-Energy Group", ("2026", "in"), None, None)],
        id="energy-100",
    ),
    pytest.param(
        "Le ministère de l'Intérieur a pour mission de présenter au gouvernement un décret "
        "sur le salaire minimum régional avant le 15 décembre 2025.",
        [("Ministry of Home Affairs", ("2025-12-15", "before"), None, None)],
        id="labour-102",
    ),
    pytest.param(
        "Selon la décision n° 2345/QĐ-TTg, le ministère des Sciences et des Technologies est "
        "chargé de présider l'élaboration de la stratégie nationale sur l'intelligence "
        "artificielle.",
        [("Ministry of Science and Technology", None, "2345/QĐ-TTg", None)],
        id="digital-105",
    ),
    pytest.param(
        "Le ministère des Affaires étrangères coordonnera avec les ambassades pour protéger "
        "les citoyens vietnamiens au Moyen-Orient.",
        [("Ministry of Foreign Affairs", None, None, None)],
        id="foreign-107",
    ),
    pytest.param(
        "Le vice-ministre de l'Industrie et du Commerce Nguyen Hoang Long a indiqué que le "
        "ministère soumettrait le plan de développement de l'éolien en mer au gouvernement en "
        "décembre 2025.",
        [("Ministry of Industry and Trade", ("2025-12", "in"), None, "Nguyen Hoang Long")],
        id="energy-reported-conditional",
    ),
    pytest.param(
        "Il est nécessaire que le ministère de la Construction accélère les travaux du "
        "périphérique n° 4.",
        [("Ministry of Construction", None, None, None)],
        id="transport-impersonal-que",
    ),
    pytest.param(
        "Ils doivent achever le projet avant le 30 novembre 2025.",
        [("Unspecified", ("2025-11-30", "before"), None, None)],
        id="pronoun-without-antecedent",
    ),
    pytest.param(
        "Les deux projets de loi seront examinés par l'Assemblée nationale. Le gouvernement "
        "doit les soumettre lors de sa session de mai 2026.",
        [("Government", ("2026-05", "in"), None, None)],
        id="law-making-session-deadline",
    ),
    # Wordings of real agency dispatches and machine-translated pages (second round): each
    # sentence is written for these tests and reproduces one pattern those pages use.
    pytest.param(
        "Le ministère de l'Éducation et de la Formation doit rouvrir les écoles endommagées "
        "d'ici au 15 septembre 2026.",
        [("Ministry of Education and Training", ("2026-09-15", "by"), None, None)],
        id="real-deadline-dici-au",
    ),
    pytest.param(
        "Le gouvernement mandate les ministères et agences concernés pour publier les textes "
        "d'application avant le 30 novembre 2025.",
        [("Ministries and agencies", ("2025-11-30", "before"), None, None)],
        id="real-present-mandate",
    ),
    pytest.param(
        "Le Premier ministre charge le ministère de l'Industrie et du Commerce d'élaborer un "
        "plan d'approvisionnement en électricité.",
        [("Ministry of Industry and Trade", None, None, None)],
        id="real-present-charge",
    ),
    pytest.param(
        "Le plan prévoit que les comités populaires provinciaux achèvent le recensement des "
        "terres d'ici le 15 décembre 2025.",
        [("Provincial People's Committees", ("2025-12-15", "by"), None, None)],
        id="real-plan-provides-that",
    ),
    pytest.param(
        "Le Département de la Construction de Hanoï a reçu pour instruction de contrôler tous "
        "les chantiers avant le 31 décembre 2025.",
        [("Hanoi Department of Construction", ("2025-12-31", "before"), None, None)],
        id="real-received-instruction",
    ),
    pytest.param(
        "Le service des travaux publics de Hanoï a reçu pour instruction de superviser tous les "
        "chantiers.",
        [("Hanoi Department of Construction", None, None, None)],
        id="real-public-works-service",
    ),
    pytest.param(
        "Le ministère de la Sécurité publique a été prié de renforcer les contrôles aux postes "
        "frontaliers.",
        [("Ministry of Public Security", None, None, None)],
        id="real-passive-directive",
    ),
    pytest.param(
        "Le Premier ministre Pham Minh Chinh a souligné que les ministères et les localités "
        "devaient accélérer le décaissement des investissements publics.",
        [("Ministries and localities", None, None, "Pham Minh Chinh")],
        id="real-reported-imperfect",
    ),
    pytest.param(
        "Le vice-Premier ministre Tran Hong Ha a rappelé au ministère de l'Agriculture et de "
        "l'Environnement de finaliser le plan de lutte contre la pêche INN.",
        [("Ministry of Agriculture and Environment", None, None, "Tran Hong Ha")],
        id="real-reminded-to",
    ),
    pytest.param(
        "Le président de l'Assemblée nationale Tran Thanh Man a, dans le même temps, demandé au "
        "gouvernement de finaliser les projets de loi.",
        [("Government", None, None, "Tran Thanh Man")],
        id="real-adverbial-between-commas",
    ),
    pytest.param(
        "Le président du Comité populaire de Hanoï a demandé au Département de l'Agriculture et "
        "de l'Environnement de : renforcer la surveillance de la qualité de l'air.",
        [("Department of Agriculture and Environment", None, None, None)],
        id="real-directive-colon",
    ),
    pytest.param(
        "Le président du Comité populaire de Hanoï a donné les instructions suivantes.\n"
        "Département de la Construction : Contrôler tous les chantiers avant le 31 décembre 2025.",
        [("Department of Construction", ("2025-12-31", "before"), None, None)],
        id="real-task-list-capital",
    ),
    pytest.param(
        "Le Premier ministre a chargé le ministre des Finances de réviser les frais de visa. Par "
        "ailleurs, le ministère doit publier les nouvelles règles avant le 1er mars 2026.",
        [
            ("Ministry of Finance", None, None, None),
            ("Ministry of Finance", ("2026-03-01", "before"), None, None),
        ],
        id="real-reference-after-adverb",
    ),
    pytest.param(
        "Le ministère de la Défense nationale a publié un télégramme urgent. Conformément à la "
        "dépêche du Premier ministre, le ministère ordonne aux unités de rester en alerte.",
        [("Unspecified", None, None, None)],
        id="real-reference-after-introduction",
    ),
    pytest.param(
        "Le vice-Premier ministre Tran Hong Ha a adressé ses condoléances aux familles des "
        "victimes et demandé aux autorités locales de reloger les habitants avant le 30 "
        "novembre 2025.",
        [("Localities", ("2025-11-30", "before"), None, "Tran Hong Ha")],
        id="real-shared-auxiliary",
    ),
    pytest.param(
        "Le Premier ministre a publié le télégramme n° 1620/CĐ-TTg pour ordonner aux organes "
        "compétents de secourir les sinistrés.",
        [("Relevant agencies", None, "1620/CĐ-TTg", None)],
        id="real-purpose-infinitive",
    ),
    pytest.param(
        "Au nom du Premier ministre, le vice-Premier ministre Tran Hong Ha a signé, le 17 "
        "novembre, le télégramme officiel n° 230/CĐ-TTg sur la sécurité des barrages, "
        "demandant aux localités de réparer les digues.\n\nIl leur a également demandé de "
        "renforcer la surveillance des réservoirs.",
        [
            ("Localities", None, "230/CĐ-TTg", "Tran Hong Ha"),
            ("Unspecified", None, None, "Tran Hong Ha"),
        ],
        id="real-signer-holds-floor",
    ),
    pytest.param(
        "La Banque d'État du Vietnam prévoit de publier une nouvelle circulaire sur le crédit "
        "immobilier avant le 31 mars 2026.",
        [("State Bank of Vietnam", ("2026-03-31", "before"), None, None)],
        id="real-body-plans",
    ),
    pytest.param(
        "La police maritime du Vietnam doit renforcer les patrouilles dans les zones de pêche.",
        [("Vietnam Coast Guard", None, None, None)],
        id="real-maritime-police",
    ),
    pytest.param(
        "Le projet de loi sur la fonction publique sera soumis à l'Assemblée nationale lors de "
        "sa session d'octobre 2026.",
        [("Unspecified", ("2026-10", "in"), None, None)],
        id="real-future-passive-submission",
    ),
    pytest.param(
        "Le Premier ministre Pham Minh Chinh a demande au ministere de la Construction "
        "d'accelerer les travaux de l'autoroute.",
        [("Ministry of Construction", None, None, "Pham Minh Chinh")],
        id="real-unaccented",
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_commitments_of_every_topic(text: str, expected: list[tuple]) -> None:
    found = [fields(o) for o in obligations(text)]
    for item in expected:
        assert item in found, (item, found)
    assert {f[0] for f in found} == {e[0] for e in expected}, found


NEGATIVE = [
    pytest.param(
        "En 2024, le ministère de la Construction a achevé plus de 2.000 km d'autoroutes.",
        id="transport-n0",
    ),
    pytest.param(
        "Le chiffre d'affaires du tourisme a atteint 840.000 milliards de dongs au cours des "
        "neuf premiers mois de 2025.",
        id="tourism-n1",
    ),
    pytest.param(
        "Selon la Banque mondiale, la croissance du PIB du Vietnam devrait atteindre 6,6 % "
        "en 2025.",
        id="finance-n2",
    ),
    pytest.param(
        "Les experts ont recommandé au gouvernement de réduire les frais de péage.",
        id="transport-n3",
    ),
    pytest.param("La nouvelle autoroute doit être large de quatre voies.", id="transport-n4"),
    pytest.param(
        "Décision n° 1234/QĐ-TTg approuvant le plan de développement du réseau ferroviaire "
        "pour la période 2021-2030",
        id="transport-n5",
    ),
    pytest.param(
        "Le ministère des Finances a été chargé en 2023 de rédiger la loi sur l'impôt sur le "
        "revenu, qu'il a soumise à l'Assemblée nationale l'année dernière.",
        id="tax-n6",
    ),
    pytest.param(
        "L'an dernier, la police provinciale a démantelé 120 réseaux de trafic de drogue.",
        id="security-n7",
    ),
    pytest.param(
        "Les exportations de riz ont augmenté de 15 % par rapport à la même période de "
        "l'année précédente.",
        id="trade-n8",
    ),
    pytest.param(
        "Les entreprises ont demandé au gouvernement de prolonger le délai de paiement des impôts.",
        id="tax-n9",
    ),
    pytest.param(
        "Le typhon Yagi a causé des dégâts estimés à 81.500 milliards de dongs.", id="disasters-n10"
    ),
    pytest.param(
        "La centrale de Quang Trach 1 devrait produire 9 milliards de kWh par an.", id="energy-n11"
    ),
    pytest.param(
        "Le ministère de la Justice a organisé une conférence pour dresser le bilan de dix "
        "ans d'application de la loi.",
        id="justice-n12",
    ),
    pytest.param(
        "Le Vietnam et la France ont signé un accord de coopération dans le domaine de la justice.",
        id="foreign-n13",
    ),
    pytest.param(
        "Les prix du riz devraient rester stables au quatrième trimestre 2025, selon les "
        "analystes.",
        id="trade-n14",
    ),
    pytest.param(
        "Le nombre de touristes internationaux devrait dépasser 20 millions d'ici la fin de "
        "l'année.",
        id="tourism-n15",
    ),
    pytest.param(
        "L'Assemblée nationale a adopté la loi sur la transformation numérique avec 90 % des voix.",
        id="digital-n16",
    ),
    pytest.param(
        "Les habitants ont appelé les autorités à réparer rapidement la route endommagée.",
        id="local-gov-n17",
    ),
    pytest.param(
        "Le taux de couverture de l'assurance maladie a atteint 95 % de la population.",
        id="social-insurance-n18",
    ),
    pytest.param(
        "La production d'électricité du groupe EVN a augmenté de 8 % en 2024.", id="energy-n19"
    ),
    pytest.param(
        "La ville de Hanoï a inauguré hier la ligne de métro Nhon - gare de Hanoï.",
        id="transport-n20",
    ),
    pytest.param(
        "Le ministère des Affaires étrangères a déclaré que le Vietnam s'opposait à toute "
        "action violant sa souveraineté.",
        id="foreign-n21",
    ),
    pytest.param(
        "La demande d'électricité augmentera de 10 % en 2026, selon les prévisions.",
        id="energy-n22",
    ),
    pytest.param(
        "La Banque d'État du Vietnam a été chargée l'an dernier de gérer la banque en "
        "difficulté, qu'elle a restructurée depuis.",
        id="banking-n23",
    ),
    pytest.param(
        "Le ministère de la Construction a achevé en 2024 le projet de loi sur le logement, "
        "qui est entré en vigueur le 1er août.",
        id="housing-n24",
    ),
    pytest.param(
        "Les associations de défense de l'environnement ont exhorté le gouvernement à "
        "interdire les plastiques à usage unique.",
        id="environment-n25",
    ),
    pytest.param(
        "Le secteur agricole a réalisé une croissance de 3,5 % en 2024.", id="agriculture-n26"
    ),
    pytest.param(
        "Le vice-Premier ministre a inspecté les travaux de libération des terrains de "
        "l'autoroute.",
        id="land-n27",
    ),
    pytest.param(
        "Les électeurs ont demandé au gouvernement de réduire la taxe sur l'essence.", id="tax-n28"
    ),
    pytest.param(
        "Le ministère de l'Industrie et du Commerce a été chargé en 2023 de négocier "
        "l'accord, qui a été signé l'année suivante.",
        id="trade-n29",
    ),
    pytest.param(
        "Selon le rapport du ministère de la Construction, 80 % des travaux ont déjà été achevés.",
        id="transport-n30",
    ),
    pytest.param(
        "Le vice-Premier ministre Ho Duc Phoc a reçu l'ambassadeur du Japon au Vietnam.",
        id="finance-n31",
    ),
    pytest.param(
        "La ville de Da Nang a accueilli 7 millions de visiteurs au cours des dix premiers "
        "mois de l'année.",
        id="tourism-n32",
    ),
    pytest.param(
        "Le ministère de l'Industrie et du Commerce a publié en septembre le bilan de "
        "l'approvisionnement en électricité.",
        id="energy-n33",
    ),
    pytest.param(
        "La Banque d'État du Vietnam a abaissé les taux directeurs à quatre reprises en 2023.",
        id="banking-n34",
    ),
    pytest.param(
        "Le Vietnam compte désormais plus de 80 millions d'utilisateurs d'Internet.",
        id="digital-n35",
    ),
    pytest.param(
        "Les promoteurs immobiliers ont demandé au ministère de la Construction de "
        "simplifier les procédures.",
        id="housing-n36",
    ),
    pytest.param(
        "Le tribunal a condamné l'ancien directeur à 20 ans de prison pour corruption.",
        id="justice-n37",
    ),
    pytest.param(
        "Le ministère des Finances a estimé que les recettes budgétaires atteindraient 2.000 "
        "milliards de dongs cette année.",
        id="finance-n38",
    ),
    pytest.param(
        "Le ministère de l'Industrie et du Commerce a annoncé que les exportations avaient "
        "atteint 400 milliards de dollars.",
        id="trade-n39",
    ),
    pytest.param(
        "Le Comité populaire de Hanoï a inauguré le projet de 1.000 logements sociaux dans "
        "l'arrondissement de Long Bien.",
        id="housing-n40",
    ),
    pytest.param(
        "Selon EVN, la consommation d'électricité devrait augmenter de 12 % pendant l'été.",
        id="energy-n41",
    ),
    pytest.param(
        "Les experts estiment que les exportations de produits agricoles pourraient "
        "atteindre 70 milliards de dollars en 2026.",
        id="agriculture-n42",
    ),
    pytest.param(
        "Plus d'un million de candidats ont passé l'examen de fin d'études secondaires en juin.",
        id="education-n43",
    ),
    pytest.param("Il revient à Hanoï après une visite officielle en France.", id="local-gov-n44"),
    pytest.param(
        "Le ministère de la Culture, des Sports et du Tourisme est invité à participer au "
        "festival de Cannes.",
        id="culture-n45",
    ),
    pytest.param(
        "En 2015, la Banque d'État a été chargée de superviser la banque OceanBank.",
        id="banking-n46",
    ),
    pytest.param(
        "Le Premier ministre a demandé des nouvelles des familles sinistrées.", id="disasters-n47"
    ),
    pytest.param(
        "Le vice-Premier ministre Tran Hong Ha a invité les délégués à visiter l'exposition.",
        id="trade-n48",
    ),
    pytest.param(
        "Le ministre a présidé la cérémonie d'inauguration du pont. Le pont reliera les deux "
        "rives du fleuve Rouge.",
        id="transport-n49",
    ),
    pytest.param(
        "Le président Luong Cuong a reçu l'ambassadeur de France. Il a exprimé le souhait "
        "que les deux pays renforcent leur coopération.",
        id="foreign-n50",
    ),
    pytest.param(
        "L'excédent commercial du Vietnam a atteint 20 milliards de dollars au cours des dix "
        "premiers mois.",
        id="trade-n51",
    ),
    pytest.param(
        "Le ministère des Finances a annoncé que la dette publique représentait 36 % du PIB.",
        id="finance-n52",
    ),
    pytest.param(
        "Le premier train de la ligne Cat Linh - Ha Dong a été mis en service en 2021.",
        id="transport-n53",
    ),
    pytest.param(
        "Les experts ont exhorté le gouvernement à investir davantage dans l'énergie solaire.",
        id="energy-n54",
    ),
    pytest.param(
        "L'ancien président du conseil d'administration a été condamné à la prison à vie.",
        id="justice-n55",
    ),
    pytest.param(
        "Phu Quoc figure parmi les destinations insulaires les plus appréciées d'Asie.",
        id="tourism-n56",
    ),
    pytest.param(
        "La qualité de l'air à Hanoï devrait se détériorer au cours des prochains jours.",
        id="environment-n57",
    ),
    pytest.param(
        "La province de Ninh Binh compte désormais 129 communes et quartiers après la fusion.",
        id="local-gov-n58",
    ),
    pytest.param(
        "Le ministre des Affaires étrangères a affirmé que le Vietnam et le Japon allaient "
        "porter leur coopération à un niveau supérieur.",
        id="foreign-n59",
    ),
    # second round, patterns of real pages (sentences written for these tests)
    pytest.param(
        "Le vice-Premier ministre Tran Hong Ha a souligné l'importance de ce chantier, exigeant "
        "une coordination étroite entre les secteurs.",
        id="real-n-requiring-noun",
    ),
    pytest.param(
        "La session de l'Assemblée nationale devrait s'ouvrir le 20 octobre 2026.",
        id="real-n-event",
    ),
    pytest.param(
        "Le typhon ne devrait toutefois pas toucher la province de Quang Ngai avant le 20 "
        "octobre 2026.",
        id="real-n-negated-forecast",
    ),
    pytest.param("Le scénario prévoit que le PIB augmentera de 8 % en 2026.", id="real-n-scenario"),
    pytest.param(
        "Le rapport indique que le projet devait être achevé en 2020.", id="real-n-past-devait"
    ),
    pytest.param(
        "Le ministre Nguyen Van Thang a rappelé aux délégués que la pêche INN reste un défi pour "
        "le ministère des Finances.",
        id="real-n-reminded-that",
    ),
    pytest.param(
        "Les familles des victimes ont écrit au journal et demandé aux autorités locales de les "
        "aider.",
        id="real-n-residents-ask",
    ),
    pytest.param("Le pays prévoit d'atteindre 8 % de croissance en 2026.", id="real-n-target"),
    pytest.param(
        "Elle prévoit de devenir le premier exportateur de riz avant 2030.", id="real-n-ambition"
    ),
    pytest.param(
        "Le projet de loi a été soumis à l'Assemblée nationale lors de sa session de mai 2025.",
        id="real-n-submitted",
    ),
    pytest.param(
        "La prise en charge des patients sera gratuite à partir de 2026.", id="real-n-charge-noun"
    ),
    pytest.param(
        "L'usine de Binh Duong devrait créer 4.000 emplois lors de sa mise en service en 2026.",
        id="real-n-forecast-figure",
    ),
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_commitment(text: str) -> None:
    assert [fields(o) for o in obligations(text)] == []
