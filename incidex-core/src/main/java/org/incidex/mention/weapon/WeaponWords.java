package org.incidex.mention.weapon;

import java.util.Set;

/**
 * Nouns of weapons (lemmas, lower case), and the words a weapon phrase may take around it. A new
 * weapon is a row here and a row in {@code WeaponExtractorTest}.
 */
final class WeaponWords {
  private WeaponWords() {}

  /** Heads that are weapons by themselves. */
  static final Set<String> HEADS =
      Set.of(
          // explosives
          "bomb",
          "car-bomb",
          "explosive",
          "explosives",
          "dynamite",
          "tnt",
          "grenade",
          "landmine",
          "mine",
          "mortar",
          "rocket",
          "missile",
          "bazooka",
          "projectile",
          "petard",
          "c-4",
          "incendiary",
          "molotov",
          // firearms
          "rifle",
          "gun",
          "machinegun",
          "machine-gun",
          "submachinegun",
          "submachine-gun",
          "pistol",
          "revolver",
          "shotgun",
          "firearm",
          "carbine",
          "weapon",
          "bullet",
          "ak-47",
          "m-16",
          "m-60",
          "m-79",
          "fal",
          "galil",
          "uzi",
          "rpg-7",
          "rpg",
          // blades and others
          "machete",
          "knife",
          "axe");

  /**
   * Heads that are weapons only with a word that says so: "dynamite charge", "explosive device".
   */
  static final Set<String> NEEDS_QUALIFIER = Set.of("charge", "device", "cocktail", "artifact");

  /** Words that make a {@link #NEEDS_QUALIFIER} head a weapon. */
  static final Set<String> QUALIFIERS =
      Set.of("dynamite", "explosive", "explosives", "incendiary", "molotov", "bomb", "tnt");

  /** Measures that take the weapon as their complement: "sticks of dynamite", "7 kg of tnt". */
  static final Set<String> MEASURES =
      Set.of(
          "stick",
          "sticks",
          "charge",
          "charges",
          "kg",
          "kilogram",
          "kilograms",
          "kilos",
          "gram",
          "grams",
          "pound",
          "pounds",
          "load",
          "quantity",
          "cartridge",
          "cartridges",
          "round",
          "rounds",
          "burst",
          "bursts");

  /** Heads of acts done with the weapon before them: the bomb of "bomb attack" is a weapon. */
  static final Set<String> ACTS_WITH =
      Set.of("attack", "explosion", "blast", "threat", "assault", "fire", "burst", "shot");
}
