// The action plan pages' texts (app/(app)/planer, components/plans): the screens around the plan,
// not the plan itself as a document (its PDF keeps lib/i18n/plan-nb.ts in bokmål).
import { defineTexts } from "@/lib/i18n/messages";

/** The plan's pages and the server components on them. */
export const planPageTexts = defineTexts(
  {
    titles: {
      plan: "Handlingsplan",
      version: "Versjon av handlingsplan",
      compare: "Sammenlign versjoner",
      review: "Gjennomgang av handlingsplan",
      import: "Importer plan fra Word",
    },
    back: "← Tilbake",
    backToPlan: "← Tilbake til planen",
    heading: (agency: string) => `Handlingsplan for inkluderingsdugnaden – ${agency}`,
    status: "Status:",
    deadline: (date: string) => `Frist: ${date}`,
    basedOn: "Bygger på:",
    basedOnLink: (number: number, roundTitle: string, year: number) => `versjon ${number} av planen for ${roundTitle} (${year})`,
    basedOnAfter: ", den sist godkjente.",
    reviseHeading: "Revidere planen",
    reviseIntro:
      "Planen er godkjent. Vil dere endre den, kan dere starte en revisjon: utkastet blir en kopi av den godkjente versjonen, og den godkjente versjonen gjelder til departementet har godkjent revisjonen.",
    startRevision: "Start revisjon",
    startingRevision: "Starter revisjon …",
    signoffHeading: "Godkjenning før innsending",
    signoffIntro:
      "HR ber deg godkjenne utkastet før det sendes til departementet. Les utkastet under, og godkjenn det for innsending eller send det tilbake med en kommentar.",
    signoffDraftHeading: "Utkastet som venter på godkjenning",
    changesRequested: (number: number | undefined) =>
      `Departementet har bedt om endringer i versjon ${number}. Se kommentarene ved elementene, endre planen og send den inn på nytt.`,
    importLink: "Importer fra Word",
    importAfter: " – har dere planen i et Word-dokument, kan dere bruke det som utkast.",
    reviewLink: (number: number | undefined) => `Gå gjennom versjon ${number}: kommenter, godkjenn eller be om endringer`,
    submitToLeader: "Send til leder for godkjenning",
    submittedToLeader: "Planen er sendt til leder for godkjenning.",
    submittedLocked: "Planen er sendt inn og kan ikke endres mens departementet går gjennom den.",
    validPlanHeading: (number: number) => `Gjeldende plan: versjon ${number}`,
    ministryComment: "Departementets kommentar",
    elementComment: (element: string) => `Kommentar til ${element}`,
    draftHeading: "Utkast (ikke sendt inn)",
    notSubmitted: "Planen er ikke sendt inn ennå. Innholdet vises når virksomheten har sendt den inn.",
    attachments: "Vedlegg",
    asideLabel: "Versjoner og historikk",
    versionsHeading: "Innsendte versjoner",
    otherRoundsHeading: "Planer i andre runder",
    historyHeading: "Historikk",

    versionPage: {
      heading: (agency: string, number: number) => `${agency}: versjon ${number}`,
      submitted: (date: string) => `Sendt inn ${date}.`,
      approved: (date: string, valid: boolean) => `Godkjent av departementet ${date}${valid ? " – dette er den gjeldende planen" : ""}.`,
      downloadPdf: "Last ned versjonen som PDF",
    },
    comparePage: {
      chooseTwo: "Velg to versjoner å sammenligne.",
      heading: (agency: string, older: number, newer: number) => `${agency}: versjon ${older} og ${newer}`,
      versionLabel: (number: number, date: string) => `Versjon ${number} (${date})`,
    },
    reviewPage: {
      heading: (agency: string, number: number) => `Gjennomgang: ${agency}, versjon ${number}`,
      intro: (date: string) =>
        `Sendt inn ${date}. Kommenter elementene, og godkjenn planen eller be om endringer. Virksomheten ser kommentarene ved elementene de gjelder.`,
      planHeading: "Planen",
      assessmentHeading: "Din vurdering",
    },
    importPage: {
      heading: (agency: string) => `Importer plan fra Word – ${agency}`,
      intro:
        "Har dere planen i et Word-dokument, kan dere laste det opp her. Dokumentet deles i planens elementer etter overskriftene (for eksempel «Utfordringer og muligheter», «Tiltak», «Mål», «Ansvar» og «Traineeprogrammet»). Du kontrollerer og retter teksten før den blir utkastet.",
      locked: "Planen kan ikke endres nå, og kan derfor ikke importeres fra Word.",
    },

    /** What the server actions answer. */
    messages: {
      approved: "Planen er godkjent.",
      changesRequested: "Virksomheten er bedt om å endre planen.",
      revisionStarted: "Revisjonen er startet. Den godkjente versjonen gjelder til revisjonen er godkjent.",
      signoffApproved: "Planen er godkjent for innsending. HR kan nå sende den inn.",
      signoffReturned: "Planen er sendt tilbake til HR.",
    },

    versions: {
      none: "Ingen innsendte versjoner ennå.",
      version: (number: number) => `Versjon ${number}`,
      submitted: (date: string) => `, sendt inn ${date}.`,
      approvedValid: "Godkjent, gjeldende.",
      approvedAt: (date: string) => `Godkjent ${date}.`,
      pdf: "PDF",
      pdfOf: (number: number) => ` av versjon ${number}`,
      compareFrom: "Sammenlign versjon",
      compareTo: "med versjon",
      compare: "Sammenlign",
      latestChanges: "Se endringene i siste versjon",
      /** An earlier round's plan: ": godkjent, frist 1.3.2021." */
      otherPlan: (status: string, deadline: string) => `: ${status.toLowerCase()}, frist ${deadline}.`,
      ofPlanFor: (year: number) => ` av planen for ${year}`,
      submittedShort: (date: string) => `, sendt inn ${date}`,
    },

    history: {
      none: "Ingen hendelser ennå.",
      unknown: "Ukjent",
      actions: {
        start: "begynte på planen",
        submit: "sendte inn planen",
        requestChanges: "ba om endringer",
        approve: "godkjente planen",
        revise: "startet en revisjon av den godkjente planen",
        requestSignoff: "sendte planen til leder for godkjenning",
        signoff: "godkjente planen for innsending",
        returnSignoff: "sendte planen tilbake til HR",
      } as Record<string, string>,
    },

    /** Under a comment: "(til versjon 2)". */
    commentToVersion: (number: number) => `(til versjon ${number})`,

    revision: {
      validBefore: "Gjeldende plan er ",
      version: (number: number) => `versjon ${number}`,
      approved: (date: string | null) => (date ? `, godkjent ${date}` : ", godkjent av departementet"),
      validUntil: ". Den gjelder til departementet har godkjent revisjonen.",
      pendingBefore: " Revisjonen er sendt inn som ",
      pendingAfter: " og venter på gjennomgang.",
      draftIsRevision: " Utkastet under er revisjonen.",
    },

    signoff: {
      required: "Runden krever at virksomhetens leder godkjenner planen før den sendes inn.",
      outdated: "Utkastet er endret siden lederen fikk det, så lederen må godkjenne det på nytt.",
      notSentToLeader: "HR har ikke sendt utkastet til deg ennå.",
      sendWhenReady: "Når planen er klar, sender du den til leder for godkjenning.",
      requested: (date: string) => `Planen ble sendt til leder for godkjenning ${date}.`,
      changeMeansResend: "Endrer du planen nå, må du sende den til leder på nytt.",
      leader: "Lederen",
      approved: (who: string, date: string) => `${who} godkjente utkastet for innsending ${date}.`,
      hrCanSubmit: "HR kan nå sende det inn.",
      youCanSubmit: "Du kan sende inn planen. Endrer du den, må lederen godkjenne den på nytt.",
      returned: (who: string, date: string) => `${who} sendte planen tilbake ${date}.`,
      changeAndResend: " Endre planen og send den til leder for godkjenning på nytt.",
      comment: (comment: string) => `Kommentar: ${comment}`,
    },

    diff: {
      /** Hidden after "Ingen endringer": " i Tiltak". */
      inElement: (element: string) => ` i ${element}`,
    },
  },
  {
    titles: {
      plan: "Action plan",
      version: "Version of an action plan",
      compare: "Compare versions",
      review: "Review of an action plan",
      import: "Import a plan from Word",
    },
    back: "← Back",
    backToPlan: "← Back to the plan",
    heading: (agency: string) => `Action plan for the inclusion drive – ${agency}`,
    status: "Status:",
    deadline: (date: string) => `Deadline: ${date}`,
    basedOn: "Builds on:",
    basedOnLink: (number: number, roundTitle: string, year: number) => `version ${number} of the plan for ${roundTitle} (${year})`,
    basedOnAfter: ", the most recently approved.",
    reviseHeading: "Revise the plan",
    reviseIntro:
      "The plan is approved. If you want to change it, you can start a revision: the draft becomes a copy of the approved version, and the approved version remains valid until the ministry has approved the revision.",
    startRevision: "Start revision",
    startingRevision: "Starting revision …",
    signoffHeading: "Approval before submission",
    signoffIntro:
      "HR asks you to approve the draft before it is sent to the ministry. Read the draft below, and approve it for submission or send it back with a comment.",
    signoffDraftHeading: "The draft awaiting approval",
    changesRequested: (number: number | undefined) =>
      `The ministry has asked for changes to version ${number}. See the comments by the elements, change the plan and submit it again.`,
    importLink: "Import from Word",
    importAfter: " – if you have the plan in a Word document, you can use it as the draft.",
    reviewLink: (number: number | undefined) => `Review version ${number}: comment, approve or ask for changes`,
    submitToLeader: "Send to the head of the agency for approval",
    submittedToLeader: "The plan has been sent to the head of the agency for approval.",
    submittedLocked: "The plan has been submitted and cannot be changed while the ministry reviews it.",
    validPlanHeading: (number: number) => `Valid plan: version ${number}`,
    ministryComment: "The ministry's comment",
    elementComment: (element: string) => `Comment on ${element}`,
    draftHeading: "Draft (not submitted)",
    notSubmitted: "The plan has not been submitted yet. Its content is shown once the agency has submitted it.",
    attachments: "Attachments",
    asideLabel: "Versions and history",
    versionsHeading: "Submitted versions",
    otherRoundsHeading: "Plans in other rounds",
    historyHeading: "History",

    versionPage: {
      heading: (agency: string, number: number) => `${agency}: version ${number}`,
      submitted: (date: string) => `Submitted ${date}.`,
      approved: (date: string, valid: boolean) => `Approved by the ministry ${date}${valid ? " – this is the valid plan" : ""}.`,
      downloadPdf: "Download the version as PDF",
    },
    comparePage: {
      chooseTwo: "Choose two versions to compare.",
      heading: (agency: string, older: number, newer: number) => `${agency}: versions ${older} and ${newer}`,
      versionLabel: (number: number, date: string) => `Version ${number} (${date})`,
    },
    reviewPage: {
      heading: (agency: string, number: number) => `Review: ${agency}, version ${number}`,
      intro: (date: string) =>
        `Submitted ${date}. Comment on the elements, and approve the plan or ask for changes. The agency sees the comments by the elements they concern.`,
      planHeading: "The plan",
      assessmentHeading: "Your assessment",
    },
    importPage: {
      heading: (agency: string) => `Import a plan from Word – ${agency}`,
      intro:
        "If you have the plan in a Word document, you can upload it here. The document is split into the plan's elements by its headings (for example «Utfordringer og muligheter», «Tiltak», «Mål», «Ansvar» and «Traineeprogrammet»). You check and correct the text before it becomes the draft.",
      locked: "The plan cannot be changed now, and so cannot be imported from Word.",
    },

    messages: {
      approved: "The plan has been approved.",
      changesRequested: "The agency has been asked to change the plan.",
      revisionStarted: "The revision has started. The approved version remains valid until the revision is approved.",
      signoffApproved: "The plan has been approved for submission. HR can now submit it.",
      signoffReturned: "The plan has been sent back to HR.",
    },

    versions: {
      none: "No submitted versions yet.",
      version: (number: number) => `Version ${number}`,
      submitted: (date: string) => `, submitted ${date}.`,
      approvedValid: "Approved, valid.",
      approvedAt: (date: string) => `Approved ${date}.`,
      pdf: "PDF",
      pdfOf: (number: number) => ` of version ${number}`,
      compareFrom: "Compare version",
      compareTo: "with version",
      compare: "Compare",
      latestChanges: "See the changes in the latest version",
      otherPlan: (status: string, deadline: string) => `: ${status.toLowerCase()}, deadline ${deadline}.`,
      ofPlanFor: (year: number) => ` of the plan for ${year}`,
      submittedShort: (date: string) => `, submitted ${date}`,
    },

    history: {
      none: "No events yet.",
      unknown: "Unknown",
      actions: {
        start: "started the plan",
        submit: "submitted the plan",
        requestChanges: "asked for changes",
        approve: "approved the plan",
        revise: "started a revision of the approved plan",
        requestSignoff: "sent the plan to the head of the agency for approval",
        signoff: "approved the plan for submission",
        returnSignoff: "sent the plan back to HR",
      },
    },

    commentToVersion: (number: number) => `(on version ${number})`,

    revision: {
      validBefore: "The valid plan is ",
      version: (number: number) => `version ${number}`,
      approved: (date: string | null) => (date ? `, approved ${date}` : ", approved by the ministry"),
      validUntil: ". It remains valid until the ministry has approved the revision.",
      pendingBefore: " The revision has been submitted as ",
      pendingAfter: " and awaits review.",
      draftIsRevision: " The draft below is the revision.",
    },

    signoff: {
      required: "The round requires the head of the agency to approve the plan before it is submitted.",
      outdated: "The draft has changed since the head of the agency received it, so they must approve it again.",
      notSentToLeader: "HR has not sent you the draft yet.",
      sendWhenReady: "When the plan is ready, send it to the head of the agency for approval.",
      requested: (date: string) => `The plan was sent to the head of the agency for approval ${date}.`,
      changeMeansResend: "If you change the plan now, you must send it to the head of the agency again.",
      leader: "The head of the agency",
      approved: (who: string, date: string) => `${who} approved the draft for submission ${date}.`,
      hrCanSubmit: "HR can now submit it.",
      youCanSubmit: "You can submit the plan. If you change it, the head of the agency must approve it again.",
      returned: (who: string, date: string) => `${who} sent the plan back ${date}.`,
      changeAndResend: " Change the plan and send it to the head of the agency for approval again.",
      comment: (comment: string) => `Comment: ${comment}`,
    },

    diff: {
      inElement: (element: string) => ` in ${element}`,
    },
  },
);

/** The forms on the plan's pages (client components): the review, the leader's sign-off, the import from Word. */
export const planFormTexts = defineTexts(
  {
    review: {
      elementComment: (element: string) => `Kommentar til ${element}`,
      message: "Melding til virksomheten",
      messageDescription: "Påkrevd når du ber om endringer.",
      approve: "Godkjenn planen",
      requestChanges: "Be om endringer",
    },
    signoff: {
      comment: "Kommentar til HR",
      commentDescription: "Påkrevd når du sender planen tilbake.",
      approve: "Godkjenn for innsending",
      return: "Send tilbake til HR",
    },
    import: {
      help: {
        challenges: "Hvert avsnitt eller punkt blir én utfordring. Velg kategori og skriv mulighetene i planen etterpå.",
        measures:
          "Hvert avsnitt eller punkt (linje som begynner med «- ») blir ett tiltak. Ansvarlig og frist fyller du inn i planen etterpå.",
        goals:
          "Hvert avsnitt eller punkt blir ett mål. Linjer som «Kortsiktige mål» og «Langsiktige mål» bestemmer om målene under er på kort eller lang sikt.",
        goalLink: "Teksten blir stående slik den er.",
        responsibilities: "Hvert punkt blir én rad. «Toppleder: forankring» deles i hvem og hva.",
        traineeAssessment: "Teksten blir begrunnelsen. Velg om dere vil bruke programmet i planen etterpå.",
      },
      chooseFile: "Velg en fil.",
      tooLarge: (maxMb: number) => `Filen er for stor. Vedlegg kan være høyst ${maxMb} MB.`,
      fileLabel: "Word-dokument (.docx) med planen",
      fileHint: (maxMb: number) =>
        `Høyst ${maxMb} MB. Dokumentet deles opp etter overskriftene; ingenting lagres før du velger «Bruk som utkast».`,
      reading: "Leser dokumentet …",
      read: "Les dokumentet",
      checkHeading: "Kontroller og rett teksten",
      checkIntro:
        "Slik ble dokumentet delt opp. Rett det som står feil. Når du velger «Bruk som utkast», erstatter dette det som står i utkastet nå, og Word-dokumentet lagres som vedlegg til planen.",
      warningsHeading: "Se over dette",
      unplaced: "Tekst som ikke ble plassert",
      unplacedDescription:
        "Tekst før den første overskriften og under overskrifter som ikke hører til noe element. Den lagres ikke; kopier det du trenger inn i feltene over.",
      none: "(ingen)",
      staleHeading: "Utkastet er endret etter at du begynte importen",
      saving: "Lagrer …",
      apply: "Bruk som utkast",
      cancel: "Avbryt",
    },
  },
  {
    review: {
      elementComment: (element: string) => `Comment on ${element}`,
      message: "Message to the agency",
      messageDescription: "Required when you ask for changes.",
      approve: "Approve the plan",
      requestChanges: "Ask for changes",
    },
    signoff: {
      comment: "Comment to HR",
      commentDescription: "Required when you send the plan back.",
      approve: "Approve for submission",
      return: "Send back to HR",
    },
    import: {
      help: {
        challenges: "Each paragraph or bullet becomes one challenge. Choose the category and write the opportunities in the plan afterwards.",
        measures:
          "Each paragraph or bullet (a line beginning with «- ») becomes one measure. You fill in the owner and the deadline in the plan afterwards.",
        goals:
          "Each paragraph or bullet becomes one goal. Lines such as «Kortsiktige mål» and «Langsiktige mål» decide whether the goals below them are short-term or long-term.",
        goalLink: "The text stays as it is.",
        responsibilities: "Each bullet becomes one row. «Toppleder: forankring» is split into who and what.",
        traineeAssessment: "The text becomes the reasoning. Choose whether you will use the programme in the plan afterwards.",
      },
      chooseFile: "Choose a file.",
      tooLarge: (maxMb: number) => `The file is too large. Attachments can be at most ${maxMb} MB.`,
      fileLabel: "Word document (.docx) with the plan",
      fileHint: (maxMb: number) =>
        `At most ${maxMb} MB. The document is split by its headings; nothing is saved until you choose «Use as draft».`,
      reading: "Reading the document …",
      read: "Read the document",
      checkHeading: "Check and correct the text",
      checkIntro:
        "This is how the document was split. Correct whatever is wrong. When you choose «Use as draft», this replaces what the draft holds now, and the Word document is saved as an attachment to the plan.",
      warningsHeading: "Check this",
      unplaced: "Text that was not placed",
      unplacedDescription:
        "Text before the first heading and under headings that belong to no element. It is not saved; copy what you need into the fields above.",
      none: "(none)",
      staleHeading: "The draft has changed since you started the import",
      saving: "Saving …",
      apply: "Use as draft",
      cancel: "Cancel",
    },
  },
);
