package ru.mumo.databank;

/** Level of professional education, as S Appendix 3 asks it: secondary vocational (СПО) or higher (ВО). */
public enum EducationLevel {
    SECONDARY_VOCATIONAL, HIGHER
}
