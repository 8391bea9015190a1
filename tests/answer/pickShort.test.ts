import { describe, expect, it } from "vitest";
import { answerSpans } from "../../src/answer/answerSpans.js";
import { pickShort } from "../../src/answer/pickShort.js";
import { understandQuestion } from "../../src/answer/understandQuestion.js";

/** The short answer `pickShort` takes from the cited `sentences` (best first) for `question`. */
function shortOf(question: string, ...sentences: string[]): string | undefined {
  const q = understandQuestion(question);
  const options = sentences.map((text, rank) => ({
    text,
    answers: answerSpans(text, q.kind, q.asked),
    rank,
  }));
  const pick = pickShort(q, options);
  return pick && options[pick.option]!.text.slice(pick.span.start, pick.span.end);
}

describe("pickShort", () => {
  it("takes the person, not a name that shares the question's words", () => {
    expect(
      shortOf(
        "who did hewitt beat in the sydney final",
        "Lleyton Hewitt won the Sydney International by beating Ivo Minar in the final.",
      ),
    ).toBe("Ivo Minar");
  });

  it("prefers a person to an organisation for who", () => {
    expect(
      shortOf(
        "who won best urban act",
        "Joss Stone won best urban act at the Brit Awards, ahead of Jamelia.",
      ),
    ).toBe("Joss Stone");
  });

  it("takes no firm for the holder of a role", () => {
    const sentence = '"It gives us a life after death," said Yukos chief executive Steven Theede.';
    expect(shortOf("who is the chief executive of gazprom", sentence)).toBeUndefined();
    expect(
      shortOf("who is the boss of gazprom", "Gazprom chief Alexei Miller confirmed the deal."),
    ).toBe("Alexei Miller");
  });

  it("counts the thing asked about, not a percentage or a year", () => {
    expect(
      shortOf(
        "how many net cafes were closed",
        "In 2004, 90% of owners were fined and 12,575 net cafes were closed.",
      ),
    ).toMatch(/^12,575 net cafes/u);
  });

  it("is not an adjective of nationality for who", () => {
    expect(
      shortOf(
        "who bought the main unit",
        "A little-known Russian company has bought the main unit at auction.",
      ),
    ).toBeUndefined();
  });

  it("takes the price, not a percentage, when a money figure is there", () => {
    expect(
      shortOf(
        "how much did the unit sell for",
        "The unit, which produced 60% of the output, was sold for $9.3bn in December.",
      ),
    ).toBe("$9.3bn");
  });

  it("takes the fact from a later cited sentence when the best one lacks it", () => {
    expect(
      shortOf(
        "how much did dortmund lose last year",
        "Shares in Borussia Dortmund dropped by almost 23% on Monday.",
        "Borussia Dortmund posted a record loss of 68m euros in the 12 months through June.",
      ),
    ).toBe("68m euros");
  });

  it("shows no fact from a prediction when the question asks what happened", () => {
    expect(
      shortOf(
        "which film won best film at the oscars",
        "Martin Scorsese's The Aviator will win best film at the Oscars, critics say.",
      ),
    ).toBeUndefined();
  });

  it("shows no reason that only says when", () => {
    expect(
      shortOf(
        "why did they do that",
        "He said after seven years Labour had transformed from a party not trusted.",
      ),
    ).toBeUndefined();
  });

  it("takes the doer of the question's verb, not its object", () => {
    const sentence =
      "Baikal Finance Group outbid favourite Gazprom, the gas monopoly, to buy Yuganskneftegas.";
    expect(shortOf("who bought yukos main unit", sentence)).toBe("Baikal Finance Group");
    expect(shortOf("which company bought the main unit", sentence)).toBe("Baikal Finance Group");
    expect(
      shortOf(
        "who bought yukos main unit",
        "A little-known company has bought the main unit of Yukos at auction in Moscow.",
        sentence,
      ),
    ).toBe("Baikal Finance Group");
  });

  it("takes a name of the sort the which-noun asks for", () => {
    expect(
      shortOf(
        "which company bought the main unit",
        "A little-known company has bought the main unit at auction in Moscow.",
        "Baikal Finance Group paid $9.3bn for the main unit.",
      ),
    ).toBe("Baikal Finance Group");
    expect(
      shortOf(
        "which singer topped the chart",
        "Atlantic Records said Joss Stone topped the chart.",
      ),
    ).toBe("Joss Stone");
  });

  it("gives the whole list when the question asks for several", () => {
    const sentence =
      "Euronext - formed after the Brussels, Paris and Amsterdam exchanges merged - grew.";
    expect(shortOf("which stock exchanges merged to create Euronext", sentence)).toBe(
      "Brussels, Paris and Amsterdam",
    );
    expect(shortOf("which firm landed the deal", "Vodafone, not Orange, landed the deal.")).toBe(
      "Vodafone",
    );
  });

  it('takes the one the question\'s subject did it to for "who did X beat"', () => {
    expect(
      shortOf(
        "who did sania mirza beat in the hyderabad final",
        "Martinez, 32, beat Shinobu Asagoe 6-4 6-4 and 18-year-old Mirza beat Jelena Kostanic.",
      ),
    ).toBe("Jelena Kostanic");
  });

  it("shows no place that is no place or not of the asked sort", () => {
    expect(
      shortOf(
        "which cities did the eu consider for the new agency",
        "A deputy told AFP news agency that Indonesia was still considering the offer.",
      ),
    ).toBeUndefined();
    expect(
      shortOf(
        "which countries were hit by the tsunami",
        "Bar a slight dip at the New Year, the index had risen since the tsunami hit.",
      ),
    ).toBeUndefined();
    expect(
      shortOf(
        "which countries were hit by the tsunami",
        "Paris and the Paris Club promised aid to countries hit by the tsunami.",
      ),
    ).toBeUndefined();
    expect(
      shortOf("which city is continental based in", "Houston-based Continental cut pay."),
    ).toBe("Houston");
  });

  it("shows no reason given for something the question does not ask about", () => {
    expect(
      shortOf(
        "why did Dortmund lose",
        "Dortmund shares tumbled after it said it faced a life-threatening situation.",
      ),
    ).toBeUndefined();
    expect(
      shortOf("why did petrel shares crash", "Petrel shares crashed because it lost the contract."),
    ).toBe("because it lost the contract");
  });

  it("takes a person for a who-question naming a person's role, not a name qualifying it", () => {
    expect(
      shortOf(
        "who's the deloitte economist warning the good times are over",
        "Growth may slow markedly, City consultancy Deloitte has warned.",
      ),
    ).toBeUndefined();
    expect(
      shortOf(
        "who is presenting the billboard awards show",
        "The awards will be hosted by American Idol presenter Ryan Seacrest.",
      ),
    ).toBe("Ryan Seacrest");
  });

  it("takes a plan for a question about what is still to come", () => {
    expect(
      shortOf(
        "where will the eurovision special be held",
        "The special will be held in Denmark later this year.",
      ),
    ).toBe("Denmark");
  });

  it("takes a fixture after 'at' for a which-game question, not a place", () => {
    expect(
      shortOf(
        "which game is the bbc debuting piero at",
        "BBC Sport unveils its tool Piero at the Wales v England rugby union match.",
      ),
    ).toBe("Wales v England");
  });

  it("takes the date of the clause that holds the question's subject", () => {
    expect(
      shortOf(
        "when were the guildford four cleared",
        "In October 1989 the court quashed the sentences of the Guildford Four, and in June 1991 it overturned those of the Maguire Seven.",
      ),
    ).toBe("October 1989");
  });
});

describe("pickShort: the figure and the date asked", () => {
  it("takes no amount whose clause does not move the way asked", () => {
    expect(
      shortOf(
        "how much did google shares rise",
        "Google shares have risen since but fell $12.33 on Tuesday to close at $172.55.",
        "In its flotation the US-based company sold 19.6 million shares at $85 each.",
      ),
    ).toBeUndefined();
    expect(
      shortOf(
        "how much are council tax bills going up in scotland",
        "Council tax in Scotland is set to rise by an average of about 4% in the coming year.",
      ),
    ).toBe("4%");
  });

  it("takes the date of the verb asked, not of another in the sentence", () => {
    expect(
      shortOf(
        "when did apple launch the ipod",
        "Apple, which opened its online store in 2003 after launching the iPod in 2001, uses technology to ensure each song plays only on the iPod.",
      ),
    ).toBe("2001");
  });

  it("still takes a date told of another verb when none is told of the question's", () => {
    expect(
      shortOf(
        "what day is the public sector pensions strike",
        "Unions have already earmarked 23 March for a one-day strike over pensions.",
      ),
    ).toBe("23 March");
  });

  it("reads a what question's figure or length of time", () => {
    expect(
      shortOf(
        "what was ask jeeves q4 profit",
        "Its $17m profit for the quarter was dwarfed by Google's.",
      ),
    ).toBe("$17m");
    expect(
      shortOf(
        "how quickly did the festival sell out",
        "The 12th annual festival sold out just four days after the line-up was announced.",
      ),
    ).toBe("four days");
  });
});

describe("pickShort: yes or no", () => {
  it("answers yes with the best sentence's claim, and nothing from a later one", () => {
    const q = understandQuestion("did the bank of england raise interest rates");
    const options = [
      "The Bank of England raised interest rates five times last year.",
      "Rates were held at 4.75%.",
    ].map((text, rank) => ({ text, answers: answerSpans(text, q.kind, q.asked), rank }));
    const pick = pickShort(q, options);
    expect(pick?.lead).toBe("Yes");
    expect(pick && options[0]!.text.slice(pick.span.start, pick.span.end)).toBe(
      "raised interest rates five times last year",
    );
    expect(pickShort(q, [{ ...options[1]!, rank: 0 }])).toBeUndefined();
  });
});

describe("pickShort: decisions and forecasts", () => {
  it("reads a decision reported as what will be done as no forecast of an outcome", () => {
    expect(
      shortOf(
        "which dvd format has disney picked",
        "Film giant Disney says it will produce its future DVDs using Sony's Blu-ray Disc technology.",
        "The two competing DVD formats, Blu-ray developed by Sony and others, and Toshiba's HD-DVD, have been courting film studios.",
      ),
    ).toBe("Blu-ray");
  });
});

describe("the short answer of a what question", () => {
  it("prefers the name holding the question's noun to an earlier name", () => {
    expect(
      shortOf(
        "what was the customs operation that took down drink or die called",
        "They called themselves Drink Or Die (DOD).",
        "Fourteen months later US Customs co-ordinated raids across the globe as part of Operation Buccaneer.",
      ),
    ).toBe("Operation Buccaneer");
  });

  it("is the race time, not the day, for what time a runner ran", () => {
    expect(
      shortOf(
        "what time did james mcilroy run to win the 800m",
        "James McIlroy motored to the 800m title in Sheffield on Sunday in a time of one minute, 47.97 seconds.",
      ),
    ).toBe("47.97 seconds");
  });
});

describe("the short answer's form, read from the question", () => {
  it("shows no date that qualifies a noun for when, and takes the date the verb tells of", () => {
    expect(
      shortOf(
        "when does the pyjama factory musical revival open",
        "Harry Connick Jr is to star in a Broadway revival of 1950s hit musical The Pajama Game.",
        "The musical will open in November, said Mr Richards.",
      ),
    ).toBe("November");
    expect(
      shortOf(
        "when was bruce willis hurt",
        "He was hit by a firework during the filming of the 2002 movie, produced by the firm.",
      ),
    ).toBeUndefined();
  });

  it("takes a person, not the party beside them, for which minister", () => {
    expect(
      shortOf(
        "which minister denied brown was about to push milburn aside",
        "The government has denied reports that Gordon Brown is preparing to oust Alan Milburn as Labour's election supremo.",
        "Work and pensions minister Alan Johnson said it was wrong to suggest the chancellor would usurp Mr Milburn.",
      ),
    ).toBe("Alan Johnson");
  });

  it("takes a place in the rankings, not a place on the map, for where in the rankings", () => {
    expect(
      shortOf(
        "where is serena in the rankings after her aussie open win",
        "Serena Williams has moved up five places to second in the world rankings after her Australian Open win.",
        "Venus opens against Eleni Daniilidou of Greece.",
      ),
    ).toBe("second");
  });
});

describe("pickShort: words that tie nothing", () => {
  it("takes no date for the question's ordinal ('first crossover' is not 'the first half of 2005')", () => {
    expect(
      shortOf(
        "when might bmw's first crossover people carrier go on sale",
        "Mr Panke said, implying that a BMW crossover could be on the market by 2008.",
        "A decision on just how BMW will manage its entry into the new market is due in the first half of 2005.",
      ),
    ).not.toBe("2005");
  });
});
