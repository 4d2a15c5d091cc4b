<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArticlePane</name>
    <message>
        <location filename="../../desktop/article_pane.py" line="41"/>
        <source>Show removed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="42"/>
        <source>Show, greyed in place, what cleaning removed from the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="43"/>
        <source>Select an article to read and edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="67"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="67"/>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="68"/>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="81"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="82"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="83"/>
        <location filename="../../desktop/article_pane.py" line="137"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="131"/>
        <source>Show removed text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="137"/>
        <source>Versions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="144"/>
        <source>Paragraph %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="146"/>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="148"/>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="157"/>
        <source>Change %1 paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../desktop/article_model.py" line="221"/>
        <source>Title — latest imported matches first (ranking…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="228"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="228"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="228"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="228"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="248"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="250"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="223"/>
        <source>Title — best matches first ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="229"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="229"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="229"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="229"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="230"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="230"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="230"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../desktop/article_view.py" line="255"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="300"/>
        <source>removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="300"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="307"/>
        <location filename="../../desktop/article_view.py" line="360"/>
        <source>Restore to body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="311"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="311"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="311"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="360"/>
        <source>Mark as body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="362"/>
        <source>Remove paragraphs from body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="362"/>
        <source>Remove from body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="364"/>
        <source>Mark as caption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEditor</name>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="40"/>
        <source>tags to add, comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="41"/>
        <source>tags to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="44"/>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="44"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="44"/>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="45"/>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="45"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="58"/>
        <source>Add tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="58"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="59"/>
        <source>Remove tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="60"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="61"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="61"/>
        <location filename="../../desktop/bulk_editor.py" line="62"/>
        <location filename="../../desktop/bulk_editor.py" line="64"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="62"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="63"/>
        <source>Date precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="71"/>
        <source>Flag for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="72"/>
        <source>Clear review flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="74"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="86"/>
        <source>&lt;b&gt;%1 selected&lt;/b&gt; — changes apply to all of them, as one undo step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="96"/>
        <source>Edit %1 of %2 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="128"/>
        <source>Delete %1 articles?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="129"/>
        <source>You can undo this (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="130"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../desktop/empty_state.py" line="71"/>
        <source>Your archive is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/empty_state.py" line="72"/>
        <source>Drop article files or whole folders anywhere on this window: saved web pages (.html, .mhtml, .txt), Word and OpenDocument files, PDFs, e-mails (.eml), scans (.png, .jpg, .tif). Or use File ▸ Import Files… or Import Folder…, or choose a watch folder whose new files are imported by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/empty_state.py" line="25"/>
        <source>Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/empty_state.py" line="27"/>
        <source>Import a Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/empty_state.py" line="28"/>
        <source>Choose a Watch Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/empty_state.py" line="33"/>
        <source>Open Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/empty_state.py" line="34"/>
        <source>New Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/empty_state.py" line="67"/>
        <source>No archive is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/empty_state.py" line="68"/>
        <source>Open an archive with File ▸ Open Archive…, or make a new one with File ▸ New Archive…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitiesPane</name>
    <message>
        <location filename="../../desktop/entities_pane.py" line="38"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="38"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="38"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="41"/>
        <source>Filter names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="63"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="64"/>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="65"/>
        <source>Change kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="88"/>
        <source>&lt;b&gt;Articles per month&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="90"/>
        <source>&lt;b&gt;Most often named with&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="164"/>
        <source>Select a name to see where and when it appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="171"/>
        <source>Also written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="179"/>
        <source>Outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="229"/>
        <source>Merge, keeping “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="236"/>
        <source>Rename entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="236"/>
        <source>New name (everywhere):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <location filename="../../desktop/entity_editor.py" line="33"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="33"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="34"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="73"/>
        <source>Add a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="79"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="102"/>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="102"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="161"/>
        <source>Merge, keeping “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="169"/>
        <source>Show in entities pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="170"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="171"/>
        <source>Change kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="175"/>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="177"/>
        <source>Remove from this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="184"/>
        <source>Rename entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="184"/>
        <source>New name (everywhere):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityListModel</name>
    <message>
        <location filename="../../desktop/entity_list_model.py" line="101"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_list_model.py" line="101"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterSidebar</name>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="53"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="59"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="61"/>
        <source>One per story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="62"/>
        <source>Show each story once (its original), not every outlet&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="76"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="76"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="76"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="77"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="77"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="78"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="78"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="79"/>
        <source>Republished by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="149"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="260"/>
        <source>republished by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="264"/>
        <source>needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="265"/>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="78"/>
        <source>Date precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="83"/>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="83"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="83"/>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="84"/>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="84"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../desktop/import_controller.py" line="130"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../desktop/import_controller.py" line="52"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/import_controller.py" line="53"/>
        <source>Stop the import after the current file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/import_controller.py" line="65"/>
        <source>Importing {0} of {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../desktop/dialogs.py" line="116"/>
        <source>Import stopped: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="119"/>
        <source>Imported: {0}   Duplicates: {1}   Failed: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="122"/>
        <source>  {0} — same as article #{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="123"/>
        <source>Duplicates (already in the archive):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="126"/>
        <source>Not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="136"/>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="390"/>
        <source>first {0} shown, counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="36"/>
        <source>An archive of Vietnamese news articles: clean text, editable metadata, search and PDF dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="39"/>
        <source>About Tư Liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="305"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="92"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_scope.py" line="61"/>
        <source>search “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_scope.py" line="61"/>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_import.py" line="25"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_import.py" line="26"/>
        <source>Open an archive you can write to before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="102"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="103"/>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="383"/>
        <source>no archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="384"/>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="395"/>
        <source>{0} articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="397"/>
        <source>{0} of {1} articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="47"/>
        <source>&amp;New Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="48"/>
        <source>&amp;Open Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="49"/>
        <source>Open &amp;Shared Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="50"/>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="51"/>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="52"/>
        <source>&amp;Export Dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="53"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="54"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="55"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="56"/>
        <source>Undo &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="57"/>
        <source>&amp;Delete Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="58"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="59"/>
        <source>&amp;About Tư Liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="60"/>
        <source>&amp;Back Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="61"/>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="62"/>
        <source>&amp;Check Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="63"/>
        <source>&amp;Failed Imports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="66"/>
        <source>Import article files (.txt, .html, .mhtml, .pdf, .docx, .odt, .eml, scans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="71"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="73"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="82"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="85"/>
        <source>Recent &amp;Archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="86"/>
        <source>Recent S&amp;hared Archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="94"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="100"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="101"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="102"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="105"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="123"/>
        <source>&amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="124"/>
        <source>&amp;Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="125"/>
        <source>&amp;Article Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="128"/>
        <source>Show &amp;Removed Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="153"/>
        <source>Export &amp;As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="193"/>
        <source>New Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="201"/>
        <source>Open Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="224"/>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="225"/>
        <source>Articles ({0});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="234"/>
        <source>Import Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="263"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="264"/>
        <source>The new language applies after restarting Tư Liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="273"/>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="274"/>
        <source>&lt;original state&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="287"/>
        <source>Delete the article “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="288"/>
        <source>Delete {0} articles?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="289"/>
        <source>You can undo this (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="290"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="300"/>
        <source>Delete {0} articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="395"/>
        <source>1 article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="286"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/help_pages.py" line="75"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/help_pages.py" line="77"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/help_pages.py" line="78"/>
        <source>User &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/help_pages.py" line="81"/>
        <source>User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/live_refresh.py" line="75"/>
        <source>Updated by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="34"/>
        <source>Merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="41"/>
        <source>Type or choose a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="47"/>
        <source>Merge “%1” into (its name becomes an alias of the one you keep):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="125"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="125"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="126"/>
        <source>Date precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="126"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="127"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="127"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="127"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="128"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="128"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="128"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="129"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="301"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="138"/>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="139"/>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="139"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="141"/>
        <location filename="../../desktop/metadata_editor.py" line="284"/>
        <source>Confirm date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="146"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="147"/>
        <source>Open the address in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="241"/>
        <source>Needs review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="331"/>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="132"/>
        <source>dd/mm/yyyy, mm/yyyy or yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="138"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="138"/>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="295"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="191"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="244"/>
        <source>%1, imported %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <location filename="../../desktop/month_chart.py" line="54"/>
        <source>No dated articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/month_chart.py" line="65"/>
        <source>max %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop/shared_dialog.py" line="96"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/shared_dialog.py" line="97"/>
        <source>your user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/shared_dialog.py" line="98"/>
        <source>Password of {0} for the archive {1} on {2}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/shared_dialog.py" line="103"/>
        <source>&amp;Remember it in {0} (readable only by you)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desktop/app.py" line="51"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="51"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="52"/>
        <source>%1 File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="52"/>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/app.py" line="40"/>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="40"/>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="41"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="41"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="42"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="42"/>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="43"/>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="43"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="44"/>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="44"/>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="45"/>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="45"/>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="46"/>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="46"/>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="47"/>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="47"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="48"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="48"/>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="49"/>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="49"/>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="50"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../desktop/app.py" line="53"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="53"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="54"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="54"/>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="55"/>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../desktop/app.py" line="34"/>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="34"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="35"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="35"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="36"/>
        <source>Close without Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop/app.py" line="25"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="25"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="26"/>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="26"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="27"/>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="27"/>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="28"/>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="28"/>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="29"/>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="29"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="30"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="30"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="31"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="31"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="32"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="32"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="33"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="33"/>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location filename="../../desktop/app.py" line="62"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="63"/>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="63"/>
        <source>&amp;Options &gt;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="64"/>
        <source>&amp;Options &lt;&lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="64"/>
        <source>Local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="65"/>
        <source>Write PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="65"/>
        <source>Print to File (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="66"/>
        <source>All Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="66"/>
        <source>Odd Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="67"/>
        <source>Even Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="68"/>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <location filename="../../desktop/app.py" line="84"/>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="85"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="86"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="87"/>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="87"/>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="88"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="88"/>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="89"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="89"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="90"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="90"/>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="91"/>
        <source>Show single page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="92"/>
        <source>Show facing pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="93"/>
        <source>Show overview of all pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="94"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="94"/>
        <source>Page setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="95"/>
        <source>Export to PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../desktop/app.py" line="68"/>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="69"/>
        <source>Copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="69"/>
        <source>Collate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="70"/>
        <source>Reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="70"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="71"/>
        <source>Color Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="71"/>
        <source>Color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="72"/>
        <source>Grayscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="73"/>
        <source>Double Sided Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="74"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="75"/>
        <source>Long side binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="76"/>
        <source>Short side binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="77"/>
        <source>Print range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="78"/>
        <source>Print all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="78"/>
        <source>Pages from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="79"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="79"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="80"/>
        <source>Current Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="81"/>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="82"/>
        <source>Output Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="83"/>
        <source>Page &amp;Set:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <location filename="../../desktop/app.py" line="59"/>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="59"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="60"/>
        <source>P&amp;roperties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="60"/>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="61"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="61"/>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="62"/>
        <source>Output &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../desktop/review_queue.py" line="29"/>
        <source>Next Article to Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="32"/>
        <source>Confirm and Go to Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="71"/>
        <source>No article needs review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="81"/>
        <source>Confirm review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowMenus</name>
    <message>
        <location filename="../../desktop/row_menu.py" line="29"/>
        <source>Open &amp;Original File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/row_menu.py" line="31"/>
        <source>Show Original in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <location filename="../../desktop/saved_searches.py" line="32"/>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/saved_searches.py" line="33"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/saved_searches.py" line="34"/>
        <source>Save the current search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/saved_searches.py" line="65"/>
        <source>(no search words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/saved_searches.py" line="100"/>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/saved_searches.py" line="100"/>
        <location filename="../../desktop/saved_searches.py" line="140"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/saved_searches.py" line="134"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/saved_searches.py" line="135"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/saved_searches.py" line="140"/>
        <source>Rename saved search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../desktop/search_bar.py" line="27"/>
        <source>Search articles (Ctrl+F): words with or without accents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/search_bar.py" line="28"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/dialogs.py" line="48"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="50"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="57"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="58"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="64"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="66"/>
        <source>&amp;Watch folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="69"/>
        <source>Files saved into the watch folder are imported automatically. A new language applies after restarting Tư Liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="82"/>
        <source>Watch folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="92"/>
        <source>This run shows %1 (--lang %2); the choice above applies when Tư Liệu starts without --lang.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedArchiveDialog</name>
    <message>
        <location filename="../../desktop/shared_dialog.py" line="26"/>
        <source>Open Shared Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/shared_dialog.py" line="35"/>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/shared_dialog.py" line="35"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/shared_dialog.py" line="36"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/shared_dialog.py" line="36"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/shared_dialog.py" line="37"/>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/shared_dialog.py" line="39"/>
        <source>The password is asked for when the server needs it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceLabel</name>
    <message>
        <location filename="../../desktop/source_label.py" line="31"/>
        <source>OCR was unsure of this word: compare with the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="58"/>
        <source>Merge with next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="59"/>
        <source>Join this article with the next article of the same document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="60"/>
        <source>Show page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="61"/>
        <source>The page this text was read from, beside the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="63"/>
        <source>Split here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="64"/>
        <source>Start a new article at the selected paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="104"/>
        <source>Article %1 of %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="107"/>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="111"/>
        <source>pages %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="113"/>
        <source>OCR confidence %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="121"/>
        <source>The document&apos;s own metadata (not applied):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="141"/>
        <source>Merge with next article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="147"/>
        <source>Select the paragraph that starts the new article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="150"/>
        <source>Split article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsPane</name>
    <message>
        <location filename="../../desktop/versions_pane.py" line="64"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="64"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="64"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="64"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="66"/>
        <source>Split from story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="67"/>
        <source>This article is not a version of the story: take it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="68"/>
        <source>Join story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="69"/>
        <source>Put this article into the story of another article (by id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="105"/>
        <source>Original: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="106"/>
        <source>No other outlet&apos;s version of this article is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="118"/>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="118"/>
        <source>identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="119"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="119"/>
        <source>excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="129"/>
        <source>This is the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="147"/>
        <source>Join story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="148"/>
        <source>Article id whose story this article belongs to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archive</name>
    <message>
        <location filename="../../desktop/archive_reasons.py" line="13"/>
        <source>the archive is damaged ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/archive_reasons.py" line="15"/>
        <source>the archive could not be read ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/archive_reasons.py" line="18"/>
        <source>the archive is open for writing in another program (lock {0}); close it there or open it read-only{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/archive_reasons.py" line="21"/>
        <source>not a Tư Liệu archive (the file is not an SQLite database){0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/archive_reasons.py" line="23"/>
        <source>not a Tư Liệu archive (an SQLite file of another program){0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/archive_reasons.py" line="25"/>
        <source>not a usable Tư Liệu archive ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care</name>
    <message>
        <location filename="../../desktop/archive_care.py" line="52"/>
        <source>Damaged archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="53"/>
        <source>Part of the archive could not be read:
{0}

{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="55"/>
        <source>Check and repair copies every readable article into a new archive; the damaged file is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="57"/>
        <source>Check and Repair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="101"/>
        <source>Back Up Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="111"/>
        <source>Backup written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="124"/>
        <location filename="../../desktop/archive_care.py" line="146"/>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="132"/>
        <source>Restored from {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="134"/>
        <source>The previous content is kept in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="146"/>
        <source>Replace the content of {0} with the backup {1}?

The current content is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="154"/>
        <location filename="../../desktop/archive_care.py" line="158"/>
        <source>Check Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="159"/>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="166"/>
        <source>Repaired copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="167"/>
        <source>Open the repaired copy {0}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <location filename="../../desktop/check_report.py" line="18"/>
        <source>re-extracted from the original file{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="20"/>
        <source>the original bytes are unreadable ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="21"/>
        <source>no original bytes to re-extract from{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="23"/>
        <source>the original cannot be read again: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="24"/>
        <source>the original holds no article text{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="25"/>
        <source>unreadable ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="26"/>
        <source>stored fields unreadable ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="28"/>
        <source>entity links and tags unreadable ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="53"/>
        <source>the search index is out of date with the articles&apos; text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="61"/>
        <source>damaged database page: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="62"/>
        <source>a part of the archive could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="70"/>
        <source>article #{0}: stored text is empty or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="73"/>
        <source>article #{0} could not be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="74"/>
        <source>article #{0} copied without its {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="78"/>
        <source> — repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="85"/>
        <source>{0}: {1}; no problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="86"/>
        <source>{0}: {1}; {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="90"/>
        <source>The readable articles were copied to {0}; the original was kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier</name>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="78"/>
        <source>Print dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="79"/>
        <location filename="../../desktop/dossier_dialog.py" line="336"/>
        <source>Export dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="104"/>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="112"/>
        <source>Summaries only (leads, no full text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="114"/>
        <source>One per story (each original once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="115"/>
        <source>By date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="115"/>
        <source>By outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="120"/>
        <source>Word (.docx), editable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="121"/>
        <source>OpenDocument (.odt), editable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="123"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="124"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="125"/>
        <source>Subtitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="126"/>
        <source>Prepared by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="127"/>
        <source>Marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="131"/>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="132"/>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="133"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="172"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="182"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="187"/>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="189"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="193"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="195"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="197"/>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="200"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="231"/>
        <source>Building…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="275"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="278"/>
        <source>Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="330"/>
        <source>Word files (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="331"/>
        <source>OpenDocument files (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="332"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="113"/>
        <source>File details (name, import time, content hash)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/errors.py" line="32"/>
        <source>Archive in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="33"/>
        <source>The archive is open in another Tư Liệu window or program.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="36"/>
        <source>Archive from a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="37"/>
        <source>This archive was made by a newer version of Tư Liệu. Update the app to open it.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="40"/>
        <source>Damaged archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="41"/>
        <source>The file is not a readable Tư Liệu archive; it may be damaged or of another kind.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="44"/>
        <source>Server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="45"/>
        <source>The shared archive&apos;s server does not answer. Check the address, the network, or ask its administrator.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="48"/>
        <source>Login refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="49"/>
        <source>The server refused the login.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="51"/>
        <source>Disk full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="52"/>
        <source>There is no space left on the disk. Free some space and try again; articles already saved are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="59"/>
        <source>File not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="60"/>
        <source>The file disappeared before it could be read:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="63"/>
        <source>Cannot read file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="65"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="66"/>
        <source>The article or entity no longer exists.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="68"/>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="69"/>
        <source>Tư Liệu may not access:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="71"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="72"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="73"/>
        <source>Something went wrong: {0}

Details were written to the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="89"/>
        <source>You can open it read-only: search and read, but not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="90"/>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../desktop/export_controller.py" line="29"/>
        <source>&amp;Word Dossier (.docx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="30"/>
        <source>&amp;OpenDocument Dossier (.odt)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="31"/>
        <source>&amp;CSV Spreadsheet (.csv)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="32"/>
        <source>&amp;Excel Workbook (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="33"/>
        <source>&amp;JSON Lines, Every Field (.jsonl)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="34"/>
        <source>CS&amp;L-JSON for Zotero (.json)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="35"/>
        <source>&amp;RIS for EndNote/Zotero (.ris)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="36"/>
        <source>&amp;Markdown Text (.md)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="37"/>
        <source>&amp;Plain Text (.txt)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="38"/>
        <source>Markdown, &amp;One File per Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="44"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="44"/>
        <source>Date precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="45"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="45"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="46"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="46"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="47"/>
        <source>Where each field came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="48"/>
        <source>Edited by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="48"/>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="49"/>
        <source>Content hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="91"/>
        <source>Export &amp;Again as {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="130"/>
        <source>articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="154"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="179"/>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="188"/>
        <source>Export cancelled; no file written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/export_scope.py" line="96"/>
        <source>This article only: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>failed</name>
    <message>
        <location filename="../../desktop/failed_dialog.py" line="25"/>
        <source>Failed Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failed_dialog.py" line="28"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failed_dialog.py" line="28"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failed_dialog.py" line="29"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failed_dialog.py" line="29"/>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failed_dialog.py" line="35"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failed_dialog.py" line="36"/>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plural</name>
    <message numerus="yes">
        <location filename="../../desktop/dialogs.py" line="110"/>
        <source>Import cancelled. %n article(s) saved whole before it stopped.</source>
        <translation>
            <numerusform>Import cancelled. %n article saved whole before it stopped.</numerusform>
            <numerusform>Import cancelled. %n articles saved whole before it stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs.py" line="112"/>
        <source>%n file(s) not imported yet: import the same files or folder again to finish (what is already in the archive is skipped as a duplicate).</source>
        <translation>
            <numerusform>%n file not imported yet: import the same files or folder again to finish (what is already in the archive is skipped as a duplicate).</numerusform>
            <numerusform>%n files not imported yet: import the same files or folder again to finish (what is already in the archive is skipped as a duplicate).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs.py" line="117"/>
        <source>%n article(s) saved before it stopped.</source>
        <translation>
            <numerusform>%n article saved before it stopped.</numerusform>
            <numerusform>%n articles saved before it stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dossier_dialog.py" line="154"/>
        <location filename="../../desktop/dossier_dialog.py" line="264"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dossier_dialog.py" line="259"/>
        <source>Word dossier, %n article(s)</source>
        <translation>
            <numerusform>Word dossier, %n article</numerusform>
            <numerusform>Word dossier, %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dossier_dialog.py" line="261"/>
        <source>OpenDocument dossier, %n article(s)</source>
        <translation>
            <numerusform>OpenDocument dossier, %n article</numerusform>
            <numerusform>OpenDocument dossier, %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dossier_dialog.py" line="263"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dossier_dialog.py" line="359"/>
        <source>Printed %n page(s).</source>
        <translation>
            <numerusform>Printed %n page.</numerusform>
            <numerusform>Printed %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/export_controller.py" line="153"/>
        <source>Exporting %n article(s)…</source>
        <translation>
            <numerusform>Exporting %n article…</numerusform>
            <numerusform>Exporting %n articles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/export_controller.py" line="175"/>
        <source>%n article(s) exported to {0}</source>
        <translation>
            <numerusform>%n article exported to {0}</numerusform>
            <numerusform>%n articles exported to {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/export_controller.py" line="177"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/export_scope.py" line="55"/>
        <source>%n article(s) selected from: {0}</source>
        <translation>
            <numerusform>%n article selected from: {0}</numerusform>
            <numerusform>%n articles selected from: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/export_scope.py" line="86"/>
        <source>All %n article(s)</source>
        <translation>
            <numerusform>All %n article</numerusform>
            <numerusform>All %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/export_scope.py" line="87"/>
        <source>All %n article(s) shown: {0}</source>
        <translation>
            <numerusform>All %n article shown: {0}</numerusform>
            <numerusform>All %n articles shown: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/export_scope.py" line="92"/>
        <source>%n selected article(s)</source>
        <translation>
            <numerusform>%n selected article</numerusform>
            <numerusform>%n selected articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/failed_dialog.py" line="54"/>
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window_import.py" line="42"/>
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n article imported</numerusform>
            <numerusform>%n articles imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/check_report.py" line="49"/>
        <source>%n article(s) missing from the search index</source>
        <translation>
            <numerusform>%n article missing from the search index</numerusform>
            <numerusform>%n articles missing from the search index</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/check_report.py" line="51"/>
        <source>%n search-index row(s) for articles that do not exist</source>
        <translation>
            <numerusform>%n search-index row for articles that do not exist</numerusform>
            <numerusform>%n search-index rows for articles that do not exist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/check_report.py" line="64"/>
        <source>%n row(s) point to a missing row (orphans): {0}</source>
        <translation>
            <numerusform>%n row points to a missing row (orphans): {0}</numerusform>
            <numerusform>%n rows point to a missing row (orphans): {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/check_report.py" line="66"/>
        <source>%n entity link(s) with no mention count</source>
        <translation>
            <numerusform>%n entity link with no mention count</numerusform>
            <numerusform>%n entity links with no mention count</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/check_report.py" line="67"/>
        <source>%n entity record(s) with a wrong article count or no folded name</source>
        <translation>
            <numerusform>%n entity record with a wrong article count or no folded name</numerusform>
            <numerusform>%n entity records with a wrong article count or no folded name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/check_report.py" line="68"/>
        <source>%n article(s) without their original file&apos;s bytes (cannot be re-extracted): {0}</source>
        <translation>
            <numerusform>%n article without their original file&apos;s bytes (cannot be re-extracted): {0}</numerusform>
            <numerusform>%n articles without their original file&apos;s bytes (cannot be re-extracted): {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/check_report.py" line="72"/>
        <source>%n article(s) copied whole to {0}</source>
        <translation>
            <numerusform>%n article copied whole to {0}</numerusform>
            <numerusform>%n articles copied whole to {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/check_report.py" line="83"/>
        <source>%n article(s) checked</source>
        <translation>
            <numerusform>%n article checked</numerusform>
            <numerusform>%n articles checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/check_report.py" line="87"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/entities_pane.py" line="170"/>
        <source>%n article(s), from {0} to {1}</source>
        <translation>
            <numerusform>%n article, from {0} to {1}</numerusform>
            <numerusform>%n articles, from {0} to {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/entity_editor.py" line="105"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review_queue.py" line="71"/>
        <source>%n article(s) left to review</source>
        <translation>
            <numerusform>%n article left to review</numerusform>
            <numerusform>%n articles left to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/story_grouping.py" line="33"/>
        <source>Stories found: {0} (%n article(s))</source>
        <translation>
            <numerusform>Stories found: {0} (%n article)</numerusform>
            <numerusform>Stories found: {0} (%n articles)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/story_reasons.py" line="25"/>
        <source>named as the source by %n version(s) (“Theo {0}”)</source>
        <translation>
            <numerusform>named as the source by %n version (“Theo {0}”)</numerusform>
            <numerusform>named as the source by %n versions (“Theo {0}”)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../desktop/printing.py" line="119"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provenance</name>
    <message>
        <location filename="../../desktop/provenance.py" line="18"/>
        <source>meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="19"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="20"/>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="21"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="22"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="31"/>
        <source>From the page&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="32"/>
        <source>Found in the page text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="33"/>
        <source>Inferred (check it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="34"/>
        <source>Edited by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="35"/>
        <source>From the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="37"/>
        <source>Origin unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="79"/>
        <source>Click for this field&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="94"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="94"/>
        <source>extractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="119"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="119"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="120"/>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="120"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="121"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="171"/>
        <source>No edits yet: the value is as extracted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="12"/>
        <source>file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="13"/>
        <source>file is empty (no visible text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="14"/>
        <source>binary data, not text (control bytes such as NUL throughout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="15"/>
        <source>binary data, not text (too many control characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="16"/>
        <source>no article text found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="17"/>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="18"/>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="19"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="20"/>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="21"/>
        <source>the PDF has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="22"/>
        <source>the PDF has no text (and OCR found none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="23"/>
        <source>not a readable PDF (damaged, or not a PDF at all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="24"/>
        <source>not a readable image (damaged or not an image file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="25"/>
        <source>OCR found no text in the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="26"/>
        <source>the Word document has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="27"/>
        <source>the document has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="28"/>
        <source>the e-mail body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="29"/>
        <source>the e-mail has no text or HTML body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="30"/>
        <source>not an e-mail file (no From or Subject header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="31"/>
        <source>no HTML part found in this MHTML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="32"/>
        <source>the HTML part of this MHTML file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="37"/>
        <source>not a text or web page file: it is {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="39"/>
        <source>not a regular file: it is {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="41"/>
        <source>cannot decode the text ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="42"/>
        <source>extraction failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="43"/>
        <source>could not be stored: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stories</name>
    <message>
        <location filename="../../desktop/story_grouping.py" line="29"/>
        <source>Finding versions of stories: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/story_grouping.py" line="37"/>
        <source>Finding stories failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/story_reasons.py" line="27"/>
        <source>{0} is a state news agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/story_reasons.py" line="29"/>
        <source>{0} is a state broadcaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/story_reasons.py" line="31"/>
        <source>published first ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/story_reasons.py" line="33"/>
        <source>imported first (no date or source to go by)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../desktop/undo.py" line="82"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="88"/>
        <source>Restore paragraph to body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="89"/>
        <source>Remove paragraph from body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="90"/>
        <source>Mark paragraph as caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="103"/>
        <source>Rename entity to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="109"/>
        <source>Change entity kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="115"/>
        <source>Merge entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="120"/>
        <source>Add entity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="126"/>
        <source>Remove entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="133"/>
        <source>Delete article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="28"/>
        <source>Split from story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="33"/>
        <source>Join story of #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
