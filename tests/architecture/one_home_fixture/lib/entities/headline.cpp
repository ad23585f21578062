// A fixture for check_one_home.py: a stage that reads the Title Case minor
// words itself and decides a gender of its own. Never compiled.
void read_minor_words(const RuleSet& rules) {
  for (const RuleFile* file : rules.files_for("en/title_case_minor.tsv")) use(file);
}

void guess_gender(Entity& e) {
  e.gender = Gender::female;
  e.gender_evidence = "guess";
}

void copy_gender(Record& full, const Entity* e) {
  full.gender_evidence = e->gender_evidence.c_str();  // a copy: allowed
}
