<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArticlePane</name>
    <message>
        <location filename="../../desktop/article_pane.py" line="37"/>
        <source>Show removed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="38"/>
        <source>Show, greyed in place, what cleaning removed from the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="39"/>
        <source>Select an article to read and edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="63"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="63"/>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="64"/>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="76"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="77"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="121"/>
        <source>Show removed text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="128"/>
        <source>Paragraph %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="130"/>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="139"/>
        <source>Change %1 paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../desktop/article_model.py" line="125"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="125"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="125"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="125"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="143"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="145"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title — best matches first ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../desktop/article_view.py" line="203"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="242"/>
        <source>removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="242"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="249"/>
        <location filename="../../desktop/article_view.py" line="297"/>
        <source>Restore to body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="297"/>
        <source>Mark as body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="299"/>
        <source>Remove paragraphs from body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="299"/>
        <source>Remove from body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="301"/>
        <source>Mark as caption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitiesPane</name>
    <message>
        <location filename="../../desktop/entities_pane.py" line="37"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="37"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="37"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="40"/>
        <source>Filter names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="43"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="43"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="58"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="59"/>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="60"/>
        <source>Change kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="83"/>
        <source>&lt;b&gt;Articles per month&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="85"/>
        <source>&lt;b&gt;Most often named with&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="163"/>
        <source>Select a name to see where and when it appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="169"/>
        <source>%1 articles, from %2 to %3</source>
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
        <location filename="../../desktop/entities_pane.py" line="237"/>
        <source>Rename entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="237"/>
        <source>New name (everywhere):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="247"/>
        <source>Merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="248"/>
        <source>Keep this entity (the other name becomes its alias):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <location filename="../../desktop/entity_editor.py" line="31"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="31"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="32"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="64"/>
        <source>Add a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="68"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="93"/>
        <source>%1 mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="149"/>
        <source>Merge, keeping “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="157"/>
        <source>Show in entities pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="158"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="159"/>
        <source>Change kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="163"/>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="165"/>
        <source>Remove from this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="172"/>
        <source>Rename entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="172"/>
        <source>New name (everywhere):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="181"/>
        <source>Merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="182"/>
        <source>Keep this entity (the other name becomes its alias):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterSidebar</name>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="42"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="48"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="61"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="61"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="61"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="62"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="62"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="63"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="63"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="111"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="191"/>
        <source>needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="192"/>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../desktop/import_controller.py" line="129"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../desktop/import_controller.py" line="51"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/import_controller.py" line="52"/>
        <source>Stop the import after the current file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/import_controller.py" line="64"/>
        <source>Importing {0} of {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../desktop/dialogs.py" line="91"/>
        <source>Import cancelled. {0} articles were saved whole before it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="94"/>
        <source>Import stopped: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="95"/>
        <source>{0} articles were saved before it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="97"/>
        <source>Imported: {0}   Duplicates: {1}   Failed: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="100"/>
        <source>  {0} — same as article #{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="101"/>
        <source>Duplicates (already in the archive):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="104"/>
        <source>Not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="114"/>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/dialogs.py" line="34"/>
        <source>An archive of Vietnamese news articles: clean text, editable metadata, search and PDF dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="37"/>
        <source>About Tư Liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="178"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="70"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="180"/>
        <source>search “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="183"/>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_import.py" line="24"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_import.py" line="25"/>
        <source>Open an archive you can write to before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_import.py" line="41"/>
        <source>{0} articles imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="80"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="81"/>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="258"/>
        <source>no archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="259"/>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="265"/>
        <source>{0} articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="266"/>
        <source>{0} of {1} articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="32"/>
        <source>&amp;New Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="33"/>
        <source>&amp;Open Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="34"/>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="35"/>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="36"/>
        <source>&amp;Export Dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="37"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="38"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="39"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="40"/>
        <source>Undo &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="41"/>
        <source>&amp;Delete Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="42"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="43"/>
        <source>&amp;About Tư Liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="46"/>
        <source>Import article files (.txt, .html, .mhtml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="50"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="52"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="61"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="64"/>
        <source>Recent &amp;Archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="71"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="77"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="78"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="79"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="84"/>
        <source>&amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="85"/>
        <source>&amp;Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="86"/>
        <source>&amp;Article Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="98"/>
        <source>Show &amp;Removed Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="143"/>
        <source>New Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="151"/>
        <source>Open Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="162"/>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="163"/>
        <source>Articles (*.txt *.html *.htm *.mhtml *.mht);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="171"/>
        <source>Import Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="196"/>
        <source>Dossier export is not available in this build ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="207"/>
        <source>Printing is not available in this build ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="218"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="219"/>
        <source>The new language applies after restarting Tư Liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="227"/>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="228"/>
        <source>&lt;original state&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="240"/>
        <source>Delete the article “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="241"/>
        <source>Delete {0} articles?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="242"/>
        <source>You can undo this (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="243"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="255"/>
        <source>Delete {0} articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="121"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="121"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="122"/>
        <source>Date precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="122"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="123"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="123"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="123"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="124"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="124"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="124"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="127"/>
        <source>dd/mm/yyyy [hh:mm]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="129"/>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="129"/>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="130"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="132"/>
        <source>Confirm date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="137"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="138"/>
        <source>Open the address in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="224"/>
        <source>Needs review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="272"/>
        <source>Not a date: use dd/mm/yyyy or dd/mm/yyyy hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="293"/>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy, mm/yyyy or yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
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
        <location filename="../../desktop/review_queue.py" line="83"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="84"/>
        <source>Confirm review</source>
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
        <location filename="../../desktop/dialogs.py" line="46"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="48"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="52"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="53"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="59"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="60"/>
        <source>&amp;Watch folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="61"/>
        <source>Files saved into the watch folder are imported automatically. A new language applies after restarting Tư Liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="73"/>
        <source>Watch folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier</name>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="61"/>
        <source>Print dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="62"/>
        <location filename="../../desktop/dossier_dialog.py" line="248"/>
        <source>Export dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="74"/>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="82"/>
        <source>Summaries only (leads, no full text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="83"/>
        <source>By date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="83"/>
        <source>By outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="86"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="87"/>
        <source>Subtitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="88"/>
        <source>Prepared by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="89"/>
        <source>Marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="91"/>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="92"/>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="93"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="112"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="122"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="127"/>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="129"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="133"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="135"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="137"/>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="140"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="163"/>
        <source>Building…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="189"/>
        <source>{0} pages, {1} articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="197"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="200"/>
        <source>Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="249"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File details (name, import time, content hash)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/errors.py" line="31"/>
        <source>Archive in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="32"/>
        <source>The archive is open in another Tư Liệu window or program.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="35"/>
        <source>Archive from a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="36"/>
        <source>This archive was made by a newer version of Tư Liệu. Update the app to open it.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="39"/>
        <source>Damaged archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="40"/>
        <source>The file is not a readable Tư Liệu archive; it may be damaged or of another kind.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="43"/>
        <source>Disk full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="44"/>
        <source>There is no space left on the disk. Free some space and try again; articles already saved are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="51"/>
        <source>File not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="52"/>
        <source>The file disappeared before it could be read:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="55"/>
        <source>Cannot read file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="57"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="58"/>
        <source>The article or entity no longer exists.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="60"/>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="61"/>
        <source>Tư Liệu may not access:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="63"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="64"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="65"/>
        <source>Something went wrong: {0}

Details were written to the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="81"/>
        <source>You can open it read-only: search and read, but not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="82"/>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../desktop/printing.py" line="92"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provenance</name>
    <message>
        <location filename="../../desktop/provenance.py" line="17"/>
        <source>meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="18"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="19"/>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="20"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="21"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="30"/>
        <source>From the page&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="31"/>
        <source>Found in the page text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="32"/>
        <source>Inferred (check it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="33"/>
        <source>Edited by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="34"/>
        <source>From the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="36"/>
        <source>Origin unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="76"/>
        <source>Click for this field&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="93"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="93"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="94"/>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="94"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="95"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="124"/>
        <source>No edits yet: the value is as extracted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../desktop/undo.py" line="83"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="89"/>
        <source>Restore paragraph to body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="90"/>
        <source>Remove paragraph from body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="91"/>
        <source>Mark paragraph as caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="97"/>
        <source>Rename entity to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="103"/>
        <source>Change entity kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="109"/>
        <source>Merge entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="114"/>
        <source>Add entity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="120"/>
        <source>Remove entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="127"/>
        <source>Delete article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or choose a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into (its name becomes an alias of the one you keep):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEditor</name>
    <message>
        <source>tags to add, comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear review flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 selected&lt;/b&gt; — changes apply to all of them, as one undo step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 of %2 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 articles?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Your archive is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop article files (.txt, .html, .mhtml) anywhere on this window, use File ▸ Import Files…, or choose a watch folder whose new files are imported by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Watch Folder…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowMenus</name>
    <message>
        <source>Open &amp;Original File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Original in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no search words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
