"""The application writer: a guided German CV and a DIN 5008 cover letter.

Pure parts (model, DIN 5008 numbers, templates, spelling words) import no Qt;
the widgets (screens, editor) sit on top of them; the shell hands in the
session's folders, the PDF viewer, printing and the usage publisher.

Errors::

    WriterError
    ├── TemplateError       a template folder or file is missing or wrong
    ├── IncompleteDocument  the document lacks what it needs (only a name)
    ├── OutputError         the PDF or .docx could not be written
    │   └── PhotoError      the chosen photo is no readable picture
    └── SpellingUnavailable no spell checker library or dictionary
"""
