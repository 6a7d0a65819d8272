package org.incidex.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.incidex.model.Problem;
import org.incidex.text.Document;

/**
 * Reads documents from files and folders: plain UTF-8 text ({@code .txt}, {@code .text}, {@code
 * .md}, or any name without one of the data extensions), and JSON Lines ({@code .jsonl}: one {@code
 * {"id","title","source","date","text"}} object a line). Every input that cannot be used becomes
 * one problem that says what is wrong: missing, empty, binary, not UTF-8, HTML, too large,
 * malformed JSON, a folder with no text. Other inputs are still read.
 */
public final class DocumentReader {
  /** Larger files are refused: a single report is far smaller; a corpus belongs in JSON Lines. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  private static final Pattern DATE_LINE =
      Pattern.compile("\\A(?:\\uFEFF)?(?:date|published)\\s*:?\\s+(\\d{4}-\\d{2}-\\d{2})\\s*\\n");
  private static final Pattern HTML =
      Pattern.compile(
          "(?is)\\A\\s*(?:<!doctype html|<html|<head|<body)|<(?:p|div|span|br|a href)[\\s>]");

  private final JsonLinesReader jsonLines = new JsonLinesReader();

  public ReadResult read(List<Path> inputs) {
    List<Document> documents = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        problems.add(Problem.fatal(input.toString(), "no such file or folder"));
      } else if (Files.isDirectory(input)) {
        readFolder(input, documents, problems);
      } else {
        readFile(input, documents, problems);
      }
    }
    return new ReadResult(documents, problems);
  }

  private void readFolder(Path folder, List<Document> documents, List<Problem> problems) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files =
          walk.filter(Files::isRegularFile).filter(DocumentReader::isTextName).sorted().toList();
    } catch (IOException e) {
      problems.add(Problem.fatal(folder.toString(), "cannot list the folder: " + e.getMessage()));
      return;
    }
    if (files.isEmpty()) {
      problems.add(
          Problem.fatal(
              folder.toString(), "the folder holds no text files (.txt, .text, .md or .jsonl)"));
      return;
    }
    for (Path f : files) {
      readFile(f, documents, problems);
    }
  }

  static boolean isTextName(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt")
        || name.endsWith(".text")
        || name.endsWith(".md")
        || name.endsWith(".jsonl");
  }

  private void readFile(Path file, List<Document> documents, List<Problem> problems) {
    String label = file.toString();
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        problems.add(
            Problem.fatal(
                label,
                "the file has "
                    + size
                    + " bytes, more than the limit of "
                    + MAX_BYTES
                    + "; split it, or give a corpus as JSON Lines"));
        return;
      }
      byte[] bytes = Files.readAllBytes(file);
      Optional<String> text = decode(label, bytes, problems);
      if (text.isEmpty()) {
        return;
      }
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
        jsonLines.read(label, text.get(), documents, problems);
        return;
      }
      if (isPlainText(label, text.get(), problems)) {
        fromText(stem(file), text.get(), label).ifPresent(documents::add);
      }
    } catch (IOException e) {
      problems.add(Problem.fatal(label, "cannot read the file: " + e.getMessage()));
    }
  }

  /**
   * Whether decoded text can be read as a document: not empty, and not HTML (offsets must refer to
   * the text as given, so markup is refused rather than stripped). Otherwise adds a fatal problem
   * under {@code label}. The HTTP API applies the same rule to a posted text.
   */
  public static boolean isPlainText(String label, String text, List<Problem> problems) {
    if (text.isBlank()) {
      problems.add(Problem.fatal(label, "the file is empty"));
      return false;
    }
    if (HTML.matcher(text).find()) {
      problems.add(
          Problem.fatal(
              label,
              "the file looks like HTML; give the article's plain text (offsets refer to the text as given)"));
      return false;
    }
    return true;
  }

  /**
   * Strict UTF-8: a file that is binary or in another encoding is refused, not guessed (a fatal
   * problem under {@code label}). A leading byte-order mark is dropped.
   */
  public static Optional<String> decode(String label, byte[] bytes, List<Problem> problems) {
    int controls = 0;
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        problems.add(Problem.fatal(label, "the file is binary (it contains NUL bytes), not text"));
        return Optional.empty();
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    if (controls > 16) {
      problems.add(Problem.fatal(label, "the file is binary (control bytes), not text"));
      return Optional.empty();
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      problems.add(
          Problem.fatal(
              label,
              "the file is not valid UTF-8 ("
                  + e.getMessage()
                  + "); convert it, e.g. iconv -f latin1 -t utf-8"));
      return Optional.empty();
    }
  }

  /**
   * A document from plain text: a leading {@code date 2022-10-29} line gives its publication date;
   * a first line without final punctuation, followed by a blank line, is its title.
   */
  public static Optional<Document> fromText(String id, String text, String source) {
    Optional<LocalDate> published = Optional.empty();
    Matcher m = DATE_LINE.matcher(text);
    if (m.find()) {
      try {
        published = Optional.of(LocalDate.parse(m.group(1)));
      } catch (DateTimeParseException e) {
        published = Optional.empty();
      }
    }
    String title = id;
    String body = m.find(0) ? text.substring(m.end()) : text;
    String[] lines = body.strip().split("\n", 3);
    if (lines.length >= 2
        && lines[1].isBlank()
        && !lines[0].isBlank()
        && !lines[0].strip().matches(".*[.!?\"”]$")
        && lines[0].length() < 200) {
      title = lines[0].strip();
    }
    return Optional.of(new Document(id, text, title, source, published));
  }

  static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
